import { defineMessages } from '../define';

/** The chair's review of a round's comments, and the comments margin of the editor. */
export const reviewMessages = defineMessages({ title: '' }, { title: '' }, { title: '' });
