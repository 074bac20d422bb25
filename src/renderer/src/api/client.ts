import type { i18n as I18n } from 'i18next';
import type { Api } from '../../../shared/api';
import { errorMessage } from '../../../shared/i18n';
import type { AppError } from '../../../shared/result';

declare global {
  interface Window {
    /** Installed by the preload script (or the e2e harness): the only way to the plan store. */
    readonly api: Api;
  }
}

/** The typed store API; every call answers with a Result and never throws. */
export const api: Api = window.api;

/** The translated, user-readable text of a failed Result. */
export function errorText(i18n: I18n, error: AppError): string {
  return errorMessage(i18n, error);
}
