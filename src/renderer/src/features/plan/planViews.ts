/**
 * The views of an open plan, switched from the plan header: the text being written, its frozen
 * versions (with comparison), the decision timeline, the comment rounds with the chair's review, and
 * the plan's data (Tiedot: providers, staffing, indicators).
 */
export const planViews = ['text', 'versions', 'timeline', 'rounds', 'data'] as const;
export type PlanViewName = (typeof planViews)[number];
