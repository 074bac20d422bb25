import type { TFunction } from 'i18next';
import { formatFinnishDate, parseFinnishDate } from '../../../../shared/dates';
import type {
  Milestone,
  MilestoneKind,
  MilestonePatch,
  MilestoneStatus,
} from '../../../../shared/domain/milestones';
import { parseLinkUrl } from '../../../../shared/links';
import type { AppError } from '../../../../shared/result';
import { isDateText } from './DateField';

/** The editor's fields as typed: dates as d.m.yyyy text, empty strings for what is not set. */
export interface MilestoneForm {
  kind: MilestoneKind;
  title: string;
  plannedDate: string;
  plannedEndDate: string;
  actualDate: string;
  status: MilestoneStatus;
  body: string;
  meetingDate: string;
  itemNumber: string;
  decisionText: string;
  minutesUrl: string;
  notes: string;
  versionId: string;
}

export type DateFieldName = 'plannedDate' | 'plannedEndDate' | 'actualDate' | 'meetingDate';
/** A message per field, in the UI language. */
export type FormErrors = Partial<Record<DateFieldName | 'minutesUrl', string>>;

/**
 * Kinds that usually last a while (the survey 5–21.9, the comment round 29.9–12.10), so the editor
 * offers an end date; meetings are single days. Any step with an end date set keeps the field.
 */
const periodKinds: readonly MilestoneKind[] = ['memberSurvey', 'commentRound', 'nextPlan', 'other'];

export function isPeriod(form: MilestoneForm): boolean {
  return periodKinds.includes(form.kind) || form.plannedEndDate.trim() !== '';
}

const dateText = (iso: string | null) => (iso ? formatFinnishDate(iso) : '');
const isoOf = (text: string) => (text.trim() === '' ? null : parseFinnishDate(text));

export function formOf(milestone: Milestone): MilestoneForm {
  return {
    kind: milestone.kind,
    title: milestone.title ?? '',
    plannedDate: dateText(milestone.plannedDate),
    plannedEndDate: dateText(milestone.plannedEndDate),
    actualDate: dateText(milestone.actualDate),
    status: milestone.status,
    body: milestone.body,
    meetingDate: dateText(milestone.meetingDate),
    itemNumber: milestone.itemNumber,
    decisionText: milestone.decisionText,
    minutesUrl: milestone.minutesUrl,
    notes: milestone.notes,
    versionId: milestone.versionId ?? '',
  };
}

const dateFields: readonly DateFieldName[] = [
  'plannedDate',
  'plannedEndDate',
  'actualDate',
  'meetingDate',
];

/** True when every date is empty or a real d.m.yyyy date (DateField shows which is not). */
export function datesReadable(form: MilestoneForm): boolean {
  return dateFields.every((field) => isDateText(form[field]));
}

/** What the app itself can tell before asking the core; impossible order is the core's to refuse. */
export function checkForm(form: MilestoneForm, t: TFunction): FormErrors {
  const errors: FormErrors = {};
  if (form.plannedEndDate.trim() !== '' && form.plannedDate.trim() === '') {
    errors.plannedDate = t('timeline.editor.endNeedsStart');
  }
  const url = form.minutesUrl.trim();
  const link = url === '' ? null : parseLinkUrl(url);
  if (url !== '' && (link === null || !['http:', 'https:'].includes(link.protocol))) {
    errors.minutesUrl = t('timeline.editor.minutesUrlInvalid');
  }
  return errors;
}

/** The patch of a checked form: every field, dates as ISO, an empty own name back to the default. */
export function patchOf(form: MilestoneForm): MilestonePatch {
  return {
    kind: form.kind,
    title: form.title.trim() || null,
    plannedDate: isoOf(form.plannedDate),
    plannedEndDate: isPeriod(form) ? isoOf(form.plannedEndDate) : null,
    actualDate: isoOf(form.actualDate),
    status: form.status,
    body: form.body,
    meetingDate: isoOf(form.meetingDate),
    itemNumber: form.itemNumber,
    decisionText: form.decisionText,
    minutesUrl: form.minutesUrl.trim(),
    notes: form.notes,
    versionId: form.versionId || null,
  };
}

/**
 * The field an INVALID_DATES refusal belongs to: the end of a period, or the decision date (actual
 * or meeting date) that comes before the version presented. Null for other errors.
 */
export function fieldOfRefusal(error: AppError, form: MilestoneForm): DateFieldName | null {
  if (error.code !== 'INVALID_DATES') return null;
  if (error.details?.rule === 'endBeforeStart') return 'plannedEndDate';
  const actual = isoOf(form.actualDate);
  return actual && formatFinnishDate(actual) === error.details?.date ? 'actualDate' : 'meetingDate';
}
