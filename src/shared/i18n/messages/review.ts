import { defineMessages } from '../define';

/** The chair's review of a round's comments, and the comments margin of the editor. */
export const reviewMessages = defineMessages(
  { margin: { show: 'Näytä kommentit tekstissä' } },
  { margin: { show: 'Visa kommentarer i texten' } },
  { margin: { show: 'Show comments in the text' } },
);
