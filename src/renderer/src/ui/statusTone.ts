/** The colour a status pill repeats its word in (class `status-pill-<tone>`). */
export type StatusTone = 'good' | 'warning' | 'bad' | 'none';
