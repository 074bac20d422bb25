import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { Prefs } from '../../shared/domain/settings';
import { createI18n, defaultLanguage } from '../../shared/i18n';
import { api } from './api/client';
import { App } from './features/app/App';
import { MenuCommandProvider } from './features/commands/MenuCommands';
import { PrefsProvider } from './features/prefs/PrefsContext';
import { AlertProvider } from './ui/AlertBanner';
import { AnnouncerProvider } from './ui/Announcer';
import { ToastProvider } from './ui/Toasts';
import './styles/base.css';
import './styles/app.css';
import './styles/editor.css';
import './styles/versions.css';
import './styles/milestones.css';
import './styles/rounds.css';
import './styles/review.css';
import './styles/export.css';

/** Preferences decide the language of the very first paint, so they are read before rendering. */
async function start() {
  const result = await api.prefs.get({});
  const prefs: Prefs = result.ok
    ? result.value
    : { name: '', organisation: '', language: defaultLanguage };
  const i18n = createI18n(prefs.language);
  document.documentElement.lang = prefs.language;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <PrefsProvider i18n={i18n} initial={prefs}>
          <AlertProvider>
            <AnnouncerProvider>
              <ToastProvider>
                <MenuCommandProvider>
                  <App />
                </MenuCommandProvider>
              </ToastProvider>
            </AnnouncerProvider>
          </AlertProvider>
        </PrefsProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
