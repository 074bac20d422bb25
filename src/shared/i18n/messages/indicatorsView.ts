import { defineMessages } from '../define';

/** The indicator set (mittaristo) screen: indicators, values, charts, starter set. */
export const indicatorsViewMessages = defineMessages({}, {}, {});
