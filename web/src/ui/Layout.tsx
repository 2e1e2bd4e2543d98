import type { ReactNode } from 'react';

interface LayoutProps {
  readonly children: ReactNode;
  readonly actions?: ReactNode;
}

export const Layout = ({ children, actions }: LayoutProps) => (
  <>
    <header className="topbar">
      <a className="brand" href="/">
        <img src="/favicon.svg" alt="" width="28" height="28" /> Clinicall
      </a>
      <nav className="topbar__actions" aria-label="Account">
        {actions}
      </nav>
    </header>
    <main className="page">{children}</main>
  </>
);

export const Notice = ({ tone = 'info', children }: { tone?: 'info' | 'error' | 'success'; children: ReactNode }) => (
  <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
    {children}
  </div>
);
