import { defineMessages } from '../define';

/** The export dialog: version, language, annexes, draft or final, page preview, progress. */
export const exportDialogMessages = defineMessages({ title: '' }, { title: '' }, { title: '' });
