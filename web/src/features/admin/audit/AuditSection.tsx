import { type AuditEntry, operations } from '@clinicall/shared';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client.ts';
import { Field } from '../../../ui/Field.tsx';
import { Notice } from '../../../ui/Layout.tsx';
import { auditQueryOf, type AuditFilters, noFilters } from './audit-query.ts';
import { AuditTable } from './AuditTable.tsx';
import { exportAuditCsv } from './export-csv.ts';

/** The audit trail for an administrator: filtered by person, patient, consultation and days, a page at a time, exported as CSV. */
export const AuditSection = ({ token }: { token: string }) => {
  const { t } = useTranslation('admin');
  const [draft, setDraft] = useState<AuditFilters>(noFilters);
  const [filters, setFilters] = useState<AuditFilters>(noFilters);
  const [entries, setEntries] = useState<readonly AuditEntry[]>([]);
  const [next, setNext] = useState<string>();
  const [loading, setLoading] = useState(true);
  const [failed, setFailed] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);

  const pageOf = useCallback(
    (chosen: AuditFilters, after?: string) => call(operations.audit, { token, query: auditQueryOf(chosen, after) }),
    [token],
  );
  /** Shows a page: the first of a filter, or the next one below those shown. */
  const shown = (after: string | undefined) => ({
    done: (page: { entries: AuditEntry[]; next?: string | undefined }) => {
      setEntries((current) => (after ? [...current, ...page.entries] : page.entries));
      setNext(page.next);
      setLoading(false);
    },
    failed: () => {
      setFailed(true);
      setLoading(false);
    },
  });

  useEffect(() => {
    let current = true;
    const first = shown(undefined);
    pageOf(filters).then(
      (page) => current && first.done(page),
      () => current && first.failed(),
    );
    return () => {
      current = false;
    };
  }, [pageOf, filters]);

  const show = (event: FormEvent) => {
    event.preventDefault();
    setLoading(true);
    setFailed(false);
    // A new object each time: showing the same filter again reads it afresh.
    setFilters({ ...draft });
  };
  const loadMore = (after: string) => {
    setLoading(true);
    setFailed(false);
    const more = shown(after);
    pageOf(filters, after).then(more.done, more.failed);
  };
  const exportCsv = async () => {
    setExporting(true);
    setExportFailed(!(await exportAuditCsv(token, auditQueryOf(filters))));
    setExporting(false);
  };
  const field = (name: keyof AuditFilters, type = 'text') => ({
    name,
    type,
    value: draft[name],
    onChange: (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [name]: event.target.value })),
  });

  return (
    <section className="card" aria-labelledby="admin-audit-title" aria-busy={loading}>
      <h2 id="admin-audit-title">{t('audit.title')}</h2>
      <p className="muted">{t('audit.lead')}</p>
      <form className="audit-filters" onSubmit={show} aria-label={t('audit.filters')}>
        <Field label={t('audit.person')} {...field('person')} />
        <Field label={t('audit.patient')} {...field('patient')} />
        <Field label={t('audit.consultation')} {...field('consultation')} />
        <Field label={t('audit.from')} {...field('from', 'date')} />
        <Field label={t('audit.to')} {...field('to', 'date')} />
        <div className="audit-actions">
          <button type="submit" className="button button--primary">{t('audit.show')}</button>
          <button type="button" className="button" onClick={() => void exportCsv()} disabled={exporting}>
            {exporting ? t('audit.exporting') : t('audit.exportCsv')}
          </button>
        </div>
      </form>
      {failed && <Notice tone="error">{t('audit.failed')}</Notice>}
      {exportFailed && <Notice tone="error">{t('audit.exportFailed')}</Notice>}
      {entries.length > 0 ? <AuditTable entries={entries} /> : !loading && !failed && <p>{t('audit.none')}</p>}
      {loading && <p className="muted">{t('audit.loading')}</p>}
      {next && !loading && (
        <button type="button" className="button" onClick={() => loadMore(next)}>
          {t('audit.loadMore')}
        </button>
      )}
    </section>
  );
};
