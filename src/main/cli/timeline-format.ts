import type { i18n as I18n } from 'i18next';
import { formatFinnishDate, helsinkiDate } from '../../shared/dates';
import type { Milestone } from '../../shared/domain/milestones';
import { LanguageSchema, type Language } from '../../shared/domain/settings';
import { milestoneName } from '../../shared/process/default-milestones';
import { processMessages } from '../../shared/i18n/messages/process';
import type { PlanSummary, PlanVerification } from '../core/index';

/** `suunta verify` and `suunta milestones`: what they print. */

const languageOf = (i18n: I18n): Language => {
  const parsed = LanguageSchema.safeParse(i18n.language);
  return parsed.success ? parsed.data : 'fi';
};

/** Rows as aligned columns (two spaces apart), without trailing spaces. */
export function columns(rows: ReadonlyArray<readonly string[]>): string[] {
  const widths = rows[0]!.map((_, index) => Math.max(...rows.map((row) => row[index]!.length)));
  return rows.map((row) =>
    row
      .map((cell, index) => cell.padEnd(widths[index]!))
      .join('  ')
      .trimEnd(),
  );
}

/** A stored instant as the Helsinki calendar date, d.m.yyyy. */
const dayOf = (instant: string) => formatFinnishDate(helsinkiDate(new Date(instant)));

/** Digests are shown by their first 12 hex digits, as `git` shows commits. */
export const SHORT_DIGEST = 12;

export function verifyReport(verification: PlanVerification, i18n: I18n): string {
  const t = (key: string, values?: Record<string, unknown>) =>
    i18n.t(`cli:commands.verify.${key}`, values);
  const lines = [t('heading', { title: verification.title }), ''];
  const { versions } = verification;
  if (versions.length === 0) return `${[...lines, t('none')].join('\n')}\n`;
  lines.push(
    ...columns([
      [t('number'), t('label'), t('date'), t('digest'), t('result')],
      ...versions.map((version) => [
        String(version.number),
        version.label,
        dayOf(version.createdAt),
        version.digest.slice(0, SHORT_DIGEST),
        version.ok ? t('ok') : t('mismatch'),
      ]),
    ]),
  );
  const bad = versions.filter((version) => !version.ok).length;
  lines.push(
    '',
    bad === 0 ? t('allOk', { count: versions.length }) : t('mismatches', { count: bad }),
  );
  return `${lines.join('\n')}\n`;
}

/** `suunta verify --json`: full digests, for scripts. */
export function verifyJson(verification: PlanVerification): string {
  const value = {
    path: verification.path,
    ok: verification.versions.every((version) => version.ok),
    versions: verification.versions.map((version) => ({
      id: version.id,
      number: version.number,
      label: version.label,
      createdAt: version.createdAt,
      digest: version.digest,
      recomputed: version.recomputed,
      ok: version.ok,
    })),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

const period = (milestone: Milestone) =>
  milestone.plannedDate === null
    ? ''
    : milestone.plannedEndDate === null
      ? formatFinnishDate(milestone.plannedDate)
      : `${formatFinnishDate(milestone.plannedDate)}–${formatFinnishDate(milestone.plannedEndDate)}`;

/** The timeline as a table in the CLI's language, then where the process stands. */
export function milestonesTable(summary: PlanSummary, i18n: I18n): string {
  const t = (key: string, values?: Record<string, unknown>) =>
    i18n.t(`cli:commands.milestones.${key}`, values);
  const language = languageOf(i18n);
  const names = processMessages[language];
  const { milestones, today, currentId, nextId } = summary.milestones;
  const numbers = new Map(summary.versions.map((version) => [version.id, version.number]));
  const lines = [t('heading', { title: summary.meta.title, today: formatFinnishDate(today) }), ''];
  if (milestones.length === 0) return `${[...lines, t('none')].join('\n')}\n`;
  const status = (milestone: Milestone) =>
    milestone.timing === 'overdue' || milestone.timing === 'dueSoon'
      ? `${names.status[milestone.status]} (${names.timing[milestone.timing].toLowerCase()})`
      : names.status[milestone.status];
  const item = (milestone: Milestone) => {
    const number = milestone.itemNumber.replace(/^§\s*/, '').trim();
    return number === '' ? '' : names.item.replace('{{number}}', number);
  };
  lines.push(
    ...columns([
      [t('step'), t('planned'), t('actual'), t('status'), t('body'), t('decision'), t('version')],
      ...milestones.map((milestone) => [
        milestoneName(milestone, language),
        period(milestone),
        milestone.actualDate === null ? '' : formatFinnishDate(milestone.actualDate),
        status(milestone),
        milestone.body,
        item(milestone),
        milestone.versionId === null ? '' : String(numbers.get(milestone.versionId) ?? '?'),
      ]),
    ]),
    '',
  );
  const current = milestones.find((milestone) => milestone.id === currentId);
  lines.push(
    !current
      ? t('noCurrent')
      : current.actualDate === null
        ? t('currentNoDate', { step: milestoneName(current, language) })
        : t('current', {
            step: milestoneName(current, language),
            date: formatFinnishDate(current.actualDate),
          }),
  );
  const next = milestones.find((milestone) => milestone.id === nextId);
  if (next) {
    lines.push(
      next.plannedDate === null
        ? t('nextNoDate', { step: milestoneName(next, language) })
        : t('next', { step: milestoneName(next, language), date: period(next) }),
    );
  }
  return `${lines.join('\n')}\n`;
}
