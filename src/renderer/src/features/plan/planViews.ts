/**
 * The views of an open plan, switched from the plan header: the text being written, its frozen
 * versions (with comparison), the decision timeline, and the comment rounds with the chair's review.
 */
export const planViews = ['text', 'versions', 'timeline', 'rounds'] as const;
export type PlanViewName = (typeof planViews)[number];
