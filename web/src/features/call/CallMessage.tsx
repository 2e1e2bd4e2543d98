import type { ReactNode } from 'react';

/** A calm full-screen message in place of the call (starting, ended, something wrong). */
export const CallMessage = ({ title, children }: { title: string; children?: ReactNode }) => (
  <main className="call call--message">
    <div className="call__message" role="status">
      <h1>{title}</h1>
      {children}
    </div>
  </main>
);
