import { defineMessages } from '../define';

/** Importing staffing counts and indicator values from CSV/XLSX (core messages and the dialog). */
export const tableImportMessages = defineMessages({}, {}, {});
