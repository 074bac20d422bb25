import {
  YearSchema,
  type Indicator,
  type IndicatorInput,
  type IndicatorSource,
  type IndicatorValue,
} from '../../../../shared/domain/plan-data';
import type { Language } from '../../../../shared/domain/settings';
import { inputText, parseDecimal, parseYear, type Parsed } from '../../ui/figures';

/** A year and a value as typed (baseline, target, one follow-up row). */
export interface YearValueText {
  year: string;
  value: string;
}

/** Why a typed year or value cannot be saved (the key of its message in indicatorsView). */
export type FieldProblem = 'yearInvalid' | 'valueInvalid' | 'yearWithoutValue' | 'valueWithoutYear';

export interface IndicatorFormState {
  name: string;
  source: IndicatorSource;
  unit: string;
  better: 'higher' | 'lower';
  area: string;
  group: string;
  baseline: YearValueText;
  target: YearValueText;
  note: string;
}

const emptyPair: YearValueText = { year: '', value: '' };

export function pairText(value: IndicatorValue | null, language: Language): YearValueText {
  return value
    ? { year: String(value.year), value: inputText(value.value, language, 6) }
    : emptyPair;
}

export function initialForm(indicator: Indicator | null, language: Language): IndicatorFormState {
  if (!indicator)
    return {
      name: '',
      source: 'kouluterveyskysely',
      unit: '%',
      better: 'higher',
      area: '',
      group: '',
      baseline: emptyPair,
      target: emptyPair,
      note: '',
    };
  return {
    name: indicator.name,
    source: indicator.source,
    unit: indicator.unit,
    better: indicator.better,
    area: indicator.area,
    group: indicator.group,
    baseline: pairText(indicator.baseline, language),
    target: pairText(indicator.target, language),
    note: indicator.note,
  };
}

export interface PairProblems {
  year?: FieldProblem;
  value?: FieldProblem;
}

/** Something was typed, readable or not. */
const typed = (parsed: Parsed) => !parsed.ok || parsed.value !== null;

/** A typed year and value: both empty is no value; one without the other is a problem. */
export function readPair(pair: YearValueText): {
  value: IndicatorValue | null;
  problems: PairProblems;
} {
  const year = parseYear(pair.year);
  const value = parseDecimal(pair.value, { negative: true });
  const problems: PairProblems = {};
  if (!year.ok || (year.value !== null && !YearSchema.safeParse(year.value).success))
    problems.year = 'yearInvalid';
  if (!value.ok) problems.value = 'valueInvalid';
  if (!typed(year) && typed(value)) problems.year = 'valueWithoutYear';
  if (!typed(value) && typed(year)) problems.value = 'yearWithoutValue';
  if (!year.ok || !value.ok || year.value === null || value.value === null)
    return { value: null, problems };
  const complete = Object.keys(problems).length === 0;
  return { value: complete ? { year: year.value, value: value.value } : null, problems };
}

export interface FormProblems {
  name?: 'nameRequired';
  baseline: PairProblems;
  target: PairProblems;
}

export const hasProblems = (problems: FormProblems): boolean =>
  Boolean(
    problems.name ||
    Object.keys(problems.baseline).length > 0 ||
    Object.keys(problems.target).length > 0,
  );

/** The indicator to save, or the problems that stop it (shown at their fields). */
export function readForm(
  form: IndicatorFormState,
  id: string | undefined,
): { input: IndicatorInput | null; problems: FormProblems } {
  const baseline = readPair(form.baseline);
  const target = readPair(form.target);
  const problems: FormProblems = { baseline: baseline.problems, target: target.problems };
  if (form.name.trim() === '') problems.name = 'nameRequired';
  if (hasProblems(problems)) return { input: null, problems };
  return {
    input: {
      ...(id ? { id } : {}),
      name: form.name.trim(),
      source: form.source,
      unit: form.unit.trim(),
      better: form.better,
      area: form.area.trim(),
      group: form.group.trim(),
      baseline: baseline.value,
      target: target.value,
      note: form.note.trim(),
    },
    problems,
  };
}

export interface ValueRowText extends YearValueText {
  /** A stable React key for the row. */
  key: number;
}

export interface ValueRowProblems extends PairProblems {
  duplicate?: boolean;
}

/**
 * The follow-up rows as typed, into values oldest first. Empty rows are dropped; a year twice is
 * marked on every row after the first (the core would refuse it too).
 */
export function readValueRows(rows: ValueRowText[]): {
  values: IndicatorValue[] | null;
  problems: Map<number, ValueRowProblems>;
} {
  const problems = new Map<number, ValueRowProblems>();
  const values: IndicatorValue[] = [];
  const seen = new Set<number>();
  for (const row of rows) {
    const read = readPair(row);
    const rowProblems: ValueRowProblems = { ...read.problems };
    if (read.value && seen.has(read.value.year)) rowProblems.duplicate = true;
    if (Object.keys(rowProblems).length > 0) problems.set(row.key, rowProblems);
    else if (read.value) {
      seen.add(read.value.year);
      values.push(read.value);
    }
  }
  values.sort((a, b) => a.year - b.year);
  return { values: problems.size > 0 ? null : values, problems };
}
