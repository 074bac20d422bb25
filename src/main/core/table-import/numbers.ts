import type { CellIssue } from '../../../shared/domain/plan-data';

/** A cell read as a number, or why it cannot be; an empty cell is an unknown figure. */
export type Figure =
  { ok: true; value: number | null } | { ok: false; problem: CellIssue['problem'] };

/** Spaces of any kind are thousands separators (1 234, 1 234 with NBSP or narrow NBSP). */
const SPACES = /[\s\u00a0\u2007\u202f]+/g;
const NUMBER = /^([-\u2212])?(\d+)(?:[.,](\d+))?$/;

/**
 * A number as Finnish, Swedish and English tables write it: a decimal comma or point (not both),
 * spaces as thousands separators, a minus sign or hyphen. "1,234" is 1.234: a Finnish decimal.
 */
export function readNumber(cell: string): Figure {
  const text = cell.replace(SPACES, '');
  if (text === '') return { ok: true, value: null };
  const match = NUMBER.exec(text);
  if (!match) return { ok: false, problem: 'notANumber' };
  const value = Number(`${match[1] ? '-' : ''}${match[2]}.${match[3] ?? '0'}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'notANumber' };
}

const MAX_PUPILS = 10_000_000;
const MAX_FTE = 100_000;

/** Pupils or students: a whole number, not negative. */
export function readCount(cell: string): Figure {
  const figure = readNumber(cell);
  if (!figure.ok || figure.value === null) return figure;
  if (figure.value < 0) return { ok: false, problem: 'negative' };
  if (!Number.isInteger(figure.value)) return { ok: false, problem: 'notWhole' };
  if (figure.value > MAX_PUPILS) return { ok: false, problem: 'notANumber' };
  return figure;
}

/** Full-time equivalents, kept in hundredths: more decimals are rounded half up. */
export function readFte(cell: string): Figure {
  const figure = readNumber(cell);
  if (!figure.ok || figure.value === null) return figure;
  if (figure.value < 0) return { ok: false, problem: 'negative' };
  if (figure.value > MAX_FTE) return { ok: false, problem: 'notANumber' };
  // toFixed first: 1.005 is 1.00499… in binary and would round down.
  return { ok: true, value: Math.round(Number((figure.value * 100).toFixed(6))) / 100 };
}
