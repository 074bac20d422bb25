import { defineMessages } from '../define';

/** Tables and charts of the plan's data as rendered for the text, the PDF and Word (captions, headers, notes). */
export const dataTablesMessages = defineMessages({}, {}, {});
