import { type AuditEntry, auditTargetNames } from '@clinicall/shared';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../ui/format-time.ts';

/** The trail's entries, newest first: ids and codes as recorded, in the page's words. */
export const AuditTable = ({ entries }: { entries: readonly AuditEntry[] }) => {
  const { t } = useTranslation('admin');
  const actorOf = (entry: AuditEntry) =>
    entry.actor.kind === 'anonymous' ? t('audit.actors.anonymous') : t(`audit.actors.${entry.actor.kind}`, { id: entry.actor.id });
  const targetsOf = (entry: AuditEntry) =>
    auditTargetNames.flatMap((name) => (entry.targets[name] ? [`${t(`audit.targets.${name}`)} ${entry.targets[name]}`] : [])).join(', ');
  return (
    <div className="audit-table">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('audit.columns.at')}</th>
            <th scope="col">{t('audit.columns.actor')}</th>
            <th scope="col">{t('audit.columns.action')}</th>
            <th scope="col">{t('audit.columns.targets')}</th>
            <th scope="col">{t('audit.columns.outcome')}</th>
            <th scope="col">{t('audit.columns.address')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className={entry.outcome === 'refused' ? 'audit-refused' : undefined}>
              <td>
                <time dateTime={entry.at}>{formatTime(entry.at)}</time>
              </td>
              <td>{actorOf(entry)}</td>
              <td>{t(`audit.actions.${entry.action}`)}</td>
              <td>{targetsOf(entry)}</td>
              <td>{entry.outcome === 'refused' ? t('audit.outcomes.refused', { reason: entry.reason ?? '' }) : t('audit.outcomes.success')}</td>
              <td>{entry.clientAddress ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
