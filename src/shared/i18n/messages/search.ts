import { defineMessages } from '../define';

/** Haku: finding in a section, searching the whole plan, replacing (issue 9). */
export const searchMessages = defineMessages(
  {
    title: 'Haku',
  },
  {
    title: 'Sök',
  },
  {
    title: 'Search',
  },
);
