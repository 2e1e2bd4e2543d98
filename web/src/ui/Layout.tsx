import { type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface LayoutProps {
  readonly children: ReactNode;
  /** Links to the staff pages, beside the brand. */
  readonly links?: ReactNode;
  readonly actions?: ReactNode;
}

export const Layout = ({ children, links, actions }: LayoutProps) => {
  const { t } = useTranslation('ui');
  const accountId = useId();
  // On a phone the account's items (language, name, sign out) fold behind a Menu button, so the
  // header stays one row with the pages in sight.
  const [accountOpen, setAccountOpen] = useState(false);
  const folding = !!links && !!actions;
  const menuButton = useRef<HTMLButtonElement>(null);
  return (
    <>
      <header
        className={folding ? 'topbar topbar--folding' : 'topbar'}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !accountOpen) return;
          setAccountOpen(false);
          menuButton.current?.focus();
        }}
      >
        <div className="topbar__start">
          <a className="brand" href="/">
            <img src="/favicon.svg" alt="" width="28" height="28" /> <span className="brand__name">{t('brand')}</span>
          </a>
          {links && (
            <nav className="topbar__links" aria-label={t('mainNavigation')}>
              {links}
            </nav>
          )}
        </div>
        {folding && (
          <button
            ref={menuButton}
            className="button button--quiet topbar__menu"
            type="button"
            aria-expanded={accountOpen}
            aria-controls={accountId}
            onClick={() => setAccountOpen((open) => !open)}
          >
            {t('menu')}
          </button>
        )}
        <nav
          id={accountId}
          className={accountOpen ? 'topbar__actions topbar__actions--open' : 'topbar__actions'}
          aria-label={t('accountNavigation')}
        >
          {actions}
        </nav>
      </header>
      <main className="page">{children}</main>
    </>
  );
};

export const Notice = ({
  tone = 'info',
  children,
}: {
  tone?: 'info' | 'error' | 'success';
  children: ReactNode;
}) => (
  <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
    {children}
  </div>
);
