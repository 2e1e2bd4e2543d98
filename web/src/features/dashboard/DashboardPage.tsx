import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventStream } from '../../api/events.ts';
import { useEventStream, useEventStreamStatus } from '../../api/use-event-stream.ts';
import { Notice } from '../../ui/Layout.tsx';
import { ConsultNowDialog } from '../consult-now/index.ts';
import { GroupCard, NewGroupSessionDialog } from '../groups/index.ts';
import { ConsultationCard } from './ConsultationCard.tsx';
import { RecentConsultations } from './RecentConsultations.tsx';
import { useConsultations } from './use-consultations.ts';
import { useWaitingAnnouncements } from './use-waiting-announcements.ts';

interface DashboardPageProps {
  readonly token: string;
  /** Bumped when something elsewhere on the page started a consultation. */
  readonly revision: number;
  /** The page's events socket, when it is shared with the rest of the page. */
  readonly events?: EventStream | undefined;
}

/** The clinician's open consultations, live, and the ones that ended lately. */
export const DashboardPage = ({ token, revision, events: shared }: DashboardPageProps) => {
  const { t } = useTranslation('dashboard');
  const { t: groups } = useTranslation('groups');
  const events = useEventStream(token, undefined, shared);
  const connection = useEventStreamStatus(events);
  const { open, recent, loaded, problem, refresh } = useConsultations(token, events, revision);
  const { announcement, dismiss } = useWaitingAnnouncements(events, open);
  const [sending, setSending] = useState(false);
  const [creatingGroup, setCreatingGroup] = useState(false);

  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <div className="page__header">
        <h1 id="dashboard-title">{t('title')}</h1>
        <div className="actions">
          <button className="button" type="button" onClick={() => setSending(true)}>
            {t('sendToSomeoneNotOnRecord')}
          </button>
          <button className="button" type="button" onClick={() => setCreatingGroup(true)}>
            {groups('newSession')}
          </button>
        </div>
      </div>
      <div role="status">
        {announcement && (
          <div className="notice notice--dismissable">
            <span>{announcement}</span>
            <button className="button button--quiet" type="button" onClick={dismiss}>
              {t('dismiss')}
            </button>
          </div>
        )}
      </div>
      {connection === 'reconnecting' && <Notice>{t('reconnecting')}</Notice>}
      {problem && <Notice tone="error">{problem}</Notice>}
      <div className="consultations" aria-busy={!loaded}>
        {loaded && open.length === 0 && !problem && (
          <p className="muted">{t('noneOpen')}</p>
        )}
        {open.map((consultation) =>
          consultation.type === 'group-consultation' ? (
            <GroupCard key={consultation.id} consultation={consultation} token={token} onChanged={refresh} />
          ) : (
            <ConsultationCard key={consultation.id} consultation={consultation} token={token} onChanged={refresh} />
          ),
        )}
      </div>
      <RecentConsultations consultations={recent} token={token} />
      {creatingGroup && <NewGroupSessionDialog token={token} onCreated={refresh} onClose={() => setCreatingGroup(false)} />}
      {sending && <ConsultNowDialog token={token} onSent={refresh} onClose={() => setSending(false)} />}
    </section>
  );
};
