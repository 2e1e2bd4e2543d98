import { type MeetingRoom, operations } from '@clinicall/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui/Layout.tsx';
import { ApiError, call } from '../../api/client.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { Field } from '../../ui/Field.tsx';
import { NotClinicalWarning } from './NotClinicalWarning.tsx';

/**
 * Sharing the room's link: shown (and copied) only when asked for, or sent by SMS or email. The
 * warning is in front of whoever shares it.
 */
export const GuestLinkDialog = ({ room, token, onClose }: { room: MeetingRoom; token: string; onClose: () => void }) => {
  const { t } = useTranslation('meetingRooms');
  const [url, setUrl] = useState<string>();
  const [copied, setCopied] = useState(false);
  const [to, setTo] = useState({ mobile: '', email: '' });
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<{ sent?: string; problem?: string }>({});

  const show = async () => {
    const answer = await call(operations.meetingRoomGuestLink, { token, params: { id: room.id } });
    setUrl(answer.url);
    return answer.url;
  };
  const copy = async () => {
    const link = url ?? (await show());
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // No clipboard here (an insecure page, or refused): the link is shown to copy by hand.
    }
  };
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const mobile = to.mobile.trim();
    const email = to.email.trim();
    if (!mobile && !email) return setOutcome({ problem: t('invite.needOne') });
    setSending(true);
    try {
      const answer = await call(operations.sendMeetingRoomLink, {
        token,
        params: { id: room.id },
        body: mobile ? { mobile } : { email },
      });
      setOutcome({ sent: t('invite.sent', { to: answer.sentTo }) });
      setTo({ mobile: '', email: '' });
    } catch (error) {
      setOutcome({ problem: error instanceof ApiError ? error.message : undefined });
    } finally {
      setSending(false);
    }
  };

  return (
    <Dialog title={t('invite.title', { room: room.name })} onClose={onClose}>
      <NotClinicalWarning />
      <h3>{t('invite.copyTitle')}</h3>
      {url && <Field label={t('invite.linkLabel')} value={url} readOnly onFocus={(event) => event.target.select()} />}
      <div className="actions">
        {!url && (
          <button className="button" type="button" onClick={() => void show()}>
            {t('invite.show')}
          </button>
        )}
        <button className="button" type="button" onClick={() => void copy()}>
          {copied ? t('invite.copied') : t('invite.copy')}
        </button>
      </div>
      <form onSubmit={(event) => void send(event)} noValidate>
        <h3>{t('invite.sendTitle')}</h3>
        <Field label={t('invite.mobile')} type="tel" autoComplete="off" value={to.mobile} onChange={(e) => setTo({ mobile: e.target.value, email: '' })} />
        <Field label={t('invite.email')} type="email" autoComplete="off" value={to.email} onChange={(e) => setTo({ mobile: '', email: e.target.value })} />
        {outcome.sent && (
          <Notice tone="success">{outcome.sent}</Notice>
        )}
        {outcome.problem && (
          <Notice tone="error">{outcome.problem}</Notice>
        )}
        <div className="actions">
          <button className="button button--primary" type="submit" disabled={sending}>
            {sending ? t('invite.sending') : t('invite.send')}
          </button>
          <button className="button" type="button" onClick={onClose}>
            {t('invite.close')}
          </button>
        </div>
      </form>
    </Dialog>
  );
};
