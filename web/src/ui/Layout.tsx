import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface LayoutProps {
  readonly children: ReactNode;
  /** Links to the staff pages, beside the brand. */
  readonly links?: ReactNode;
  readonly actions?: ReactNode;
}

export const Layout = ({ children, links, actions }: LayoutProps) => {
  const { t } = useTranslation('ui');
  return (
    <>
      <header className="topbar">
        <div className="topbar__start">
          <a className="brand" href="/">
            <img src="/favicon.svg" alt="" width="28" height="28" /> {t('brand')}
          </a>
          {links && (
            <nav className="topbar__links" aria-label={t('mainNavigation')}>
              {links}
            </nav>
          )}
        </div>
        <nav className="topbar__actions" aria-label={t('accountNavigation')}>
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
