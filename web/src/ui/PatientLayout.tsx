import type { ReactNode } from 'react';

/** The patient's pages: one column, large type, made for a phone. No staff navigation. */
export const PatientLayout = ({ children }: { children: ReactNode }) => (
  <>
    <header className="topbar topbar--patient">
      <span className="brand">
        <img src="/favicon.svg" alt="" width="28" height="28" /> Clinicall
      </span>
    </header>
    <main className="page page--patient">{children}</main>
  </>
);
