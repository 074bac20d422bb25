import i18next, { type i18n as I18n } from 'i18next';
import { languages, type Language } from '../domain/settings';
import type { AppError } from '../result';
import { errors } from './messages/errors';
import { ui } from './messages/ui';
import { menu } from './messages/menu';
import { cli } from './messages/cli';
import { processMessages } from './messages/process';
import { exportMessages } from './messages/export';
import { roundsMessages } from './messages/rounds';
import { reviewMessages } from './messages/review';
import { commentImportMessages } from './messages/commentImport';
import { exportDialogMessages } from './messages/exportDialog';
import { planDataMessages } from './messages/planData';
import { staffingViewMessages } from './messages/staffingView';
import { indicatorsViewMessages } from './messages/indicatorsView';
import { dataBlocksMessages } from './messages/dataBlocks';
import { tableImportMessages } from './messages/tableImport';
import { dataTablesMessages } from './messages/dataTables';
import { backupsMessages } from './messages/backups';
import { recoveryMessages } from './messages/recovery';
import { searchMessages } from './messages/search';

/** Every namespace, in every language; used alike by the UI, the menu, the CLI and exports. */
export const namespaces = {
  errors,
  ui,
  menu,
  cli,
  process: processMessages,
  export: exportMessages,
  rounds: roundsMessages,
  review: reviewMessages,
  commentImport: commentImportMessages,
  exportDialog: exportDialogMessages,
  planData: planDataMessages,
  staffingView: staffingViewMessages,
  indicatorsView: indicatorsViewMessages,
  dataBlocks: dataBlocksMessages,
  tableImport: tableImportMessages,
  dataTables: dataTablesMessages,
  backups: backupsMessages,
  recovery: recoveryMessages,
  search: searchMessages,
} as const;
export type Namespace = keyof typeof namespaces;

export const defaultLanguage: Language = 'fi';

export function resourcesFor(language: Language) {
  return Object.fromEntries(
    Object.entries(namespaces).map(([ns, messages]) => [ns, messages[language]]),
  );
}

/** A ready i18next instance (synchronous: all catalogues are bundled). */
export function createI18n(language: Language = defaultLanguage): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: [...languages],
    ns: Object.keys(namespaces),
    defaultNS: 'ui',
    resources: Object.fromEntries(languages.map((lng) => [lng, resourcesFor(lng)])),
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** The user-facing text of an error, in the instance's language. */
export function errorMessage(i18n: I18n, error: AppError): string {
  const [ns, ...rest] = error.messageKey.split('.');
  const key = rest.length > 0 && ns ? `${ns}:${rest.join('.')}` : error.messageKey;
  return i18n.t(key, {
    ...error.details,
    defaultValue: i18n.t(`errors:${error.code}`, error.details),
  });
}

/** Picks the UI language from a locale string such as "sv-FI" or "en_GB.UTF-8". */
export function languageFromLocale(locale: string | undefined): Language {
  const code = (locale ?? '').slice(0, 2).toLowerCase();
  return (languages as readonly string[]).includes(code) ? (code as Language) : defaultLanguage;
}
