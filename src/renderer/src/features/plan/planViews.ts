/**
 * The views of an open plan, switched from the plan header: the text being written, its frozen
 * versions (with comparison), and the decision timeline.
 */
export const planViews = ['text', 'versions', 'timeline'] as const;
export type PlanViewName = (typeof planViews)[number];
