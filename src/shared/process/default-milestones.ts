import { formatFinnishDate } from '../dates';
import { milestoneKinds, type MilestoneKind } from '../domain/milestones';
import type { Language } from '../domain/settings';
import { processMessages } from '../i18n/messages/process';

/**
 * The default decision process a new plan starts with, in order, modelled on Keski-Uusimaa
 * (Keusote) 2022 (../shared/reference/process.md): the survey of the members' organisations, the
 * comment round on the draft, the regional board's evening session (iltakoulu), the
 * service-organising committee, the regional board, the regional council that adopts the plan
 * (OpHL 13 a § 1 mom.), the board's enforcement of the decision, publication, and the plan for the
 * next council term (one plan per council term, reviewed when needed). Dates are empty until set.
 */
export const defaultProcess: readonly MilestoneKind[] = milestoneKinds.filter(
  (kind) => kind !== 'other',
);

/** The label of a kind in `language` ("Aluevaltuusto"). */
export function milestoneKindLabel(kind: MilestoneKind, language: Language): string {
  return processMessages[language].kind[kind];
}

/** The decision body a new milestone of `kind` starts with, in the plan's language. */
export function defaultBody(kind: MilestoneKind, language: Language): string {
  return processMessages[language].body[kind];
}

/** What a milestone is called: her own title, else its kind's label in `language`. */
export function milestoneName(
  milestone: { kind: MilestoneKind; title: string | null },
  language: Language,
): string {
  return milestone.title ?? milestoneKindLabel(milestone.kind, language);
}

/** The label of the version frozen when a decision milestone is marked done: "Aluevaltuusto 8.12.2022". */
export function decisionVersionLabel(
  milestone: { kind: MilestoneKind; title: string | null },
  actualDate: string,
  language: Language,
): string {
  return processMessages[language].decisionVersion
    .replace('{{name}}', milestoneName(milestone, language))
    .replace('{{date}}', formatFinnishDate(actualDate));
}

/**
 * The decision reference of a milestone, as minutes cite it: "Aluevaltuusto 8.12.2022 § 12" — the
 * decision body (or the milestone's name when no body is set), the meeting date (else the actual
 * date) as d.m.yyyy and the item number, leaving out what is not set. Null when the milestone has
 * neither an item number nor a meeting or actual date. A leading "§" in the item number is not
 * doubled.
 */
export function decisionRef(
  milestone: {
    kind: MilestoneKind;
    title: string | null;
    body: string;
    meetingDate: string | null;
    actualDate: string | null;
    itemNumber: string;
  },
  language: Language,
): string | null {
  const date = milestone.meetingDate ?? milestone.actualDate;
  const item = milestone.itemNumber.replace(/^§\s*/, '').trim();
  if (date === null && item === '') return null;
  const parts = [milestone.body.trim() || milestoneName(milestone, language)];
  if (date !== null) parts.push(formatFinnishDate(date));
  if (item !== '') parts.push(processMessages[language].item.replace('{{number}}', item));
  return parts.join(' ');
}
