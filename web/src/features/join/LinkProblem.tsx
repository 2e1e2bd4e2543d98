import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../ui/use-document-title.ts';

const reasons = [
  'link-invalid',
  'link-expired',
  'link-used',
  'link-revoked',
  'link-locked',
  'no-link',
  'session-over',
] as const;

export type LinkProblemReason = (typeof reasons)[number];

export const isLinkProblem = (code: string): code is LinkProblemReason =>
  (reasons as readonly string[]).includes(code);

/** A calm explanation of why the link cannot be used, and what to do instead. */
export const LinkProblem = ({ reason }: { reason: LinkProblemReason }) => {
  const { t } = useTranslation('join');
  const title = t(`linkProblem.titles.${reason}`);
  useDocumentTitle(title);
  return (
    <section className="patient-card" data-reason={reason}>
      <h1>{title}</h1>
      <p>{t(`linkProblem.explanations.${reason}`)}</p>
      <p className="muted">{t('linkProblem.contact')}</p>
    </section>
  );
};
