import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';

/** The patient's pages: one column, large type, made for a phone. No staff navigation. */
export const PatientLayout = ({ children }: { children: ReactNode }) => {
  // The refusals' words load with the page, so an error reads in the page's language at once.
  const { t } = useTranslation(['ui', 'errors']);
  return (
    <>
      <header className="topbar topbar--patient">
        <span className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" /> {t('brand')}
        </span>
        <LanguageSwitch />
      </header>
      <main className="page page--patient">{children}</main>
    </>
  );
};
