import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setApiBase } from './api/client.ts';
import { App } from './app/App.tsx';
import { loadConfig } from './config.ts';
import './styles.css';

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
