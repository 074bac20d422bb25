import { defineMessages } from '../define';

/** Live data blocks in the text: inserting, rendering, removed data. */
export const dataBlocksMessages = defineMessages({}, {}, {});
