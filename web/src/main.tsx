import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setApiBase } from './api/request.ts';
import { App } from './app/App.tsx';
import { loadConfig } from './config.ts';
import { captureJoinToken } from './features/join/join-token.ts';
import { capturePortalToken } from './features/portal/portal-token.ts';
import './styles.css';

// Before anything else: take a link's token out of the address bar.
captureJoinToken();
capturePortalToken();

const root = createRoot(document.getElementById('root')!);

loadConfig().then(
  (config) => {
    setApiBase(config.apiBase);
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  },
  () => root.render(<p className="page">Clinicall could not start. Reload the page to try again.</p>),
);
