import { defineMessages } from '../define';

/** Importing returned comments: choosing files, the preview, the author and column mapping, the report. */
export const commentImportMessages = defineMessages({ title: '' }, { title: '' }, { title: '' });
