import { useDocumentTitle } from '../../ui/use-document-title.ts';

export type LinkProblemReason =
  | 'link-invalid'
  | 'link-expired'
  | 'link-used'
  | 'link-revoked'
  | 'link-locked'
  | 'no-link'
  | 'session-over';

const titles: Record<LinkProblemReason, string> = {
  'link-invalid': 'This link does not work',
  'link-expired': 'This link has expired',
  'link-used': 'This link has already been used',
  'link-revoked': 'This link has been withdrawn',
  'link-locked': 'This link is locked',
  'no-link': 'Open the link from your message',
  'session-over': 'Your visit has finished',
};

const explanations: Record<LinkProblemReason, string> = {
  'link-invalid': 'Check that you opened the whole link from your text message or email.',
  'link-expired': 'Links to a video consultation only work for a short time.',
  'link-used': 'Each link can only be used once, on one device.',
  'link-revoked': 'Your clinic withdrew this link.',
  'link-locked': 'The date of birth was entered wrongly too many times, so the link was locked to keep your details safe.',
  'no-link': 'To join a video consultation, open the link your clinic sent you by text message or email.',
  'session-over': 'You are no longer connected to this consultation.',
};

export const isLinkProblem = (code: string): code is LinkProblemReason => code in titles;

/** A calm explanation of why the link cannot be used, and what to do instead. */
export const LinkProblem = ({ reason, message }: { reason: LinkProblemReason; message?: string | undefined }) => {
  useDocumentTitle(titles[reason]);
  return (
    <section className="patient-card" data-reason={reason}>
      <h1>{titles[reason]}</h1>
      <p>{message ?? explanations[reason]}</p>
      <p className="muted">If you still need to talk to your clinic, contact them and ask for a new link. Nothing is wrong with your phone or computer.</p>
    </section>
  );
};
