import i18next from 'i18next';
import { StrictMode, Suspense } from 'react';
import { isCountry, readLocalNumbersIn } from '@clinicall/shared/country';
import { createRoot } from 'react-dom/client';
import { setApiBase } from './api/request.ts';
import { resumeStaffSession } from './auth/staff-session.ts';
import { App } from './app/App.tsx';
import { loadConfig } from './config.ts';
import { initialLanguage, isLanguage, startI18n } from './i18n/index.ts';
import { captureJoinToken } from './features/join/index.ts';
import { capturePortalToken } from './features/portal/index.ts';
import './styles.css';

// Before anything else: take a link's token out of the address bar.
captureJoinToken();
capturePortalToken();

const root = createRoot(document.getElementById('root')!);

loadConfig().then(
  async (config) => {
    setApiBase(config.apiBase);
    // Forms check numbers as the API does: "07…" in the organisation's country.
    if (isCountry(config.country)) readLocalNumbersIn(config.country);
    // A lapsed staff token is renewed before the first page reads it.
    await Promise.all([
      resumeStaffSession(),
      startI18n(initialLanguage(isLanguage(config.defaultLanguage) ? config.defaultLanguage : 'en')),
    ]);
    root.render(
      <StrictMode>
        {/* A language's catalogs load when first needed: the page waits for its words. */}
        <Suspense>
          <App />
        </Suspense>
      </StrictMode>,
    );
  },
  // Without the configuration, the organisation's language is unknown: the person's own, else English.
  async () => {
    await startI18n(initialLanguage()).catch(() => undefined);
    root.render(<p className="page">{i18next.t('couldNotStart')}</p>);
  },
);
