import { defineMessages } from '../define';

/** TEMPORARY: pre-registered namespace, filled by its feature (issue 8). */
export const recoveryMessages = defineMessages({ title: '' }, { title: '' }, { title: '' });
