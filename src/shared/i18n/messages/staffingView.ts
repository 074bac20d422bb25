import { defineMessages } from '../define';

/** The Tiedot view: providers register and staffing table (owned by the data-view helper). */
export const staffingViewMessages = defineMessages({}, {}, {});
