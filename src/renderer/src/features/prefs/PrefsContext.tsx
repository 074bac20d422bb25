import type { i18n as I18n } from 'i18next';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Prefs, PrefsPatch } from '../../../../shared/domain/settings';
import type { Result } from '../../../../shared/result';
import { api } from '../../api/client';

interface PrefsValue {
  prefs: Prefs;
  update: (patch: PrefsPatch) => Promise<Result<Prefs>>;
}

const PrefsContext = createContext<PrefsValue | null>(null);

/** Puts the UI in the user's language: i18next and the document's `lang` (for screen readers). */
function applyLanguage(i18n: I18n, prefs: Prefs) {
  document.documentElement.lang = prefs.language;
  if (i18n.language !== prefs.language) void i18n.changeLanguage(prefs.language);
}

/** The user's preferences, kept in step with the store (another window may change them too). */
export function PrefsProvider({
  i18n,
  initial,
  children,
}: {
  i18n: I18n;
  initial: Prefs;
  children: ReactNode;
}) {
  const [prefs, setPrefs] = useState(initial);

  useEffect(() => {
    applyLanguage(i18n, prefs);
  }, [i18n, prefs]);

  useEffect(() => api.events.prefsChanged((next) => setPrefs(next)), []);

  const update = useCallback(async (patch: PrefsPatch) => {
    const result = await api.prefs.update(patch);
    if (result.ok) setPrefs(result.value);
    return result;
  }, []);

  return <PrefsContext.Provider value={{ prefs, update }}>{children}</PrefsContext.Provider>;
}

export function usePrefs(): PrefsValue {
  const value = useContext(PrefsContext);
  if (!value) throw new Error('usePrefs outside PrefsProvider');
  return value;
}
