import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName, type Patient } from '@clinicall/shared';
import { Dialog } from '../../ui/Dialog.tsx';
import { ConsultNowForm, type SentLink } from './ConsultNowForm.tsx';
import { SentConfirmation } from './SentConfirmation.tsx';

interface ConsultNowDialogProps {
  readonly token: string;
  readonly patient?: Patient | undefined;
  readonly onSent: (sent: SentLink) => void;
  readonly onClose: () => void;
}

/** Consult Now: send a single-use link, then see where it went and its countdown. */
export const ConsultNowDialog = ({ token, patient, onSent, onClose }: ConsultNowDialogProps) => {
  const { t } = useTranslation('consultNow');
  const [sent, setSent] = useState<SentLink>();
  const title = sent ? t('title.sent') : patient ? t('title.withPatient', { name: fullName(patient) }) : t('title.notOnRecord');
  return (
    <Dialog title={title} onClose={onClose}>
      {sent ? (
        <SentConfirmation sent={sent} onDone={onClose} />
      ) : (
        <ConsultNowForm
          token={token}
          patient={patient}
          onCancel={onClose}
          onSent={(result) => {
            setSent(result);
            onSent(result);
          }}
        />
      )}
    </Dialog>
  );
};
