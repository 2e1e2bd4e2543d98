import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Consultation, fullName, operations, type Patient } from '@clinicall/shared';
import { call } from '../../api/client.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { AlreadyOpen } from './AlreadyOpen.tsx';
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
  // An open consultation of this clinician with this patient, offered before a second one is opened.
  const [open, setOpen] = useState<Consultation>();
  const [startNew, setStartNew] = useState(false);
  useEffect(() => {
    if (!patient) return;
    let current = true;
    call(operations.listConsultations, { token, query: { status: 'open' } }).then(
      (answer) => current && setOpen(answer.consultations.find((c) => c.patientId === patient.id)),
      () => undefined, // the form is there all the same
    );
    return () => {
      current = false;
    };
  }, [patient, token]);
  const sentNow = (result: SentLink) => {
    setSent(result);
    onSent(result);
  };
  const title = sent ? t('title.sent') : patient ? t('title.withPatient', { name: fullName(patient) }) : t('title.notOnRecord');
  return (
    <Dialog title={title} onClose={onClose}>
      {sent ? (
        <SentConfirmation sent={sent} onDone={onClose} />
      ) : patient && open && !startNew ? (
        <AlreadyOpen
          token={token}
          name={fullName(patient)}
          patientId={patient.id}
          consultation={open}
          onSent={sentNow}
          onStartNew={() => setStartNew(true)}
        />
      ) : (
        <ConsultNowForm token={token} patient={patient} onCancel={onClose} onSent={sentNow} />
      )}
    </Dialog>
  );
};
