/** What the rounds view shows: the list of rounds, one round's details, or its review. */
export type RoundsScreen =
  | { name: 'list' }
  | { name: 'round'; roundId: string }
  | { name: 'review'; roundId: string; commentId: string | null };
