import { basename } from 'node:path';
import type { Command } from 'commander';
import type { i18n as I18n } from 'i18next';
import { LanguageSchema, type Language } from '../../shared/domain/settings';
import { errorMessage } from '../../shared/i18n';
import { CATALOGUE_LAW_DATE, findRequirement } from '../../shared/statutory/catalogue';
import type { AppError } from '../../shared/result';
import type { Core, PlanSummary } from '../core/index';
import { decisionRef } from '../../shared/process/default-milestones';
import type { DocxPreview } from '../../shared/domain/docx-import';
import type { OpenedPlan } from '../../shared/ipc';

/** What a command that only reads a plan needs from the CLI. */
export interface ReadCommandDeps {
  i18n: I18n;
  cwd: string;
  stdout: { write(text: string): unknown };
  core(): Core;
  fail(error: AppError): void;
  done(code: number): void;
}

/** What a command that imports a file into a plan needs from the CLI. */
export interface ImportCommandDeps {
  i18n: I18n;
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  core(): Core;
  senderId: string;
  done(code: number): void;
}

/** A failure about one of the files names it, unless its message does already. */
export function failureText(i18n: I18n, error: AppError): string {
  const message = errorMessage(i18n, error);
  const path = error.details?.path;
  return typeof path === 'string' && path !== '' && !message.includes(path)
    ? `${basename(path)}: ${message}`
    : message;
}

/** `suunta NAME [options] <file>`, described by the texts under `cli:commands.NAME`. */
export function planCommand(program: Command, i18n: I18n, name: string): Command {
  const t = (key: string) => i18n.t(`cli:${key}`);
  const file = t('syntax.file');
  return program
    .command(name)
    .description(t(`commands.${name}.description`))
    .usage(`[${t('syntax.options')}] <${file}>`)
    .argument(`<${file}>`, t(`commands.${name}.file`));
}

/** `suunta info --json`: these keys are a contract for scripts; later versions only add keys. */
export function infoJson(summary: PlanSummary): string {
  const { meta, outline } = summary;
  const value = {
    title: meta.title,
    region: meta.region,
    period: meta.period,
    schemaVersion: meta.schemaVersion,
    sections: outline.map((entry) => ({
      id: entry.id,
      number: entry.number,
      title: entry.title,
      depth: entry.depth,
      words: entry.words,
    })),
    checklist: {
      catalogueVersion: summary.checklist.catalogueVersion,
      total: summary.checklist.total,
      done: summary.checklist.done,
      inProgress: summary.checklist.inProgress,
      missing: summary.checklist.missing,
    },
    versions: summary.versions.map((version) => ({
      id: version.id,
      label: version.label,
      createdAt: version.createdAt,
      digest: version.digest,
    })),
    // decisionRef: "<body> <meeting or actual date d.m.yyyy> § <item>" in the plan's language.
    milestones: summary.milestones.milestones.map((milestone) => ({
      id: milestone.id,
      kind: milestone.kind,
      title: milestone.title,
      plannedDate: milestone.plannedDate,
      actualDate: milestone.actualDate,
      status: milestone.status,
      decisionRef: decisionRef(milestone, meta.language),
      versionId: milestone.versionId,
    })),
    // respondents: how many gave at least one comment or answer.
    rounds: summary.rounds.map((round) => ({
      id: round.id,
      title: round.title,
      versionId: round.versionId,
      status: round.status,
      comments: round.comments,
      resolved: round.resolved,
      respondents: round.answered,
    })),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

function coverageSummary(summary: PlanSummary, i18n: I18n): string {
  const { checklist } = summary;
  return i18n.t('cli:commands.info.coverageSummary', {
    done: checklist.done,
    total: checklist.total,
    inProgress: checklist.inProgress,
    missing: checklist.missing.length,
  });
}

/** `suunta info`: the plan's details, then its contents as an indented table. */
export function infoTable(summary: PlanSummary, i18n: I18n): string {
  const t = (key: string) => i18n.t(`cli:commands.info.${key}`);
  const { meta, outline } = summary;
  const details: Array<[string, string]> = [
    [t('title'), meta.title],
    [t('region'), meta.region],
    [t('period'), meta.period ?? t('noPeriod')],
    [t('schemaVersion'), String(meta.schemaVersion)],
    [t('coverage'), coverageSummary(summary, i18n)],
  ];
  const labelWidth = Math.max(...details.map(([label]) => label.length)) + 1;
  const lines = details.map(([label, value]) => `${`${label}:`.padEnd(labelWidth)} ${value}`);

  const rows = outline.map((entry) => ({
    number: entry.number,
    title: `${'  '.repeat(entry.depth - 1)}${entry.title}`,
    words: String(entry.words),
  }));
  const header = { number: t('number'), title: t('section'), words: t('words') };
  const all = [header, ...rows];
  const numberWidth = Math.max(...all.map((row) => row.number.length));
  const titleWidth = Math.max(...all.map((row) => row.title.length));
  const wordsWidth = Math.max(...all.map((row) => row.words.length));
  const table = all.map((row) =>
    `${row.number.padEnd(numberWidth)}  ${row.title.padEnd(titleWidth)}  ${row.words.padStart(wordsWidth)}`.trimEnd(),
  );
  return `${[...lines, '', ...table].join('\n')}\n`;
}

const languageOf = (i18n: I18n): Language => {
  const parsed = LanguageSchema.safeParse(i18n.language);
  return parsed.success ? parsed.data : 'fi';
};

/**
 * `suunta check`: every applicable requirement with its status, its label in the message
 * language and the numbers of its linked sections, then the totals.
 */
export function checkReport(summary: PlanSummary, i18n: I18n): string {
  const t = (key: string, values?: Record<string, unknown>) =>
    i18n.t(`cli:commands.check.${key}`, values);
  const language = languageOf(i18n);
  const { checklist, outline, meta } = summary;
  const numbers = new Map(outline.map((entry) => [entry.id, entry.number]));
  const statuses = checklist.items.map((item) => t(`status.${item.status}`));
  const width = Math.max(...statuses.map((status) => status.length));
  const lines = [
    t('heading', { title: meta.title }),
    t('catalogue', { version: checklist.catalogueVersion, lawDate: CATALOGUE_LAW_DATE }),
    '',
  ];
  checklist.items.forEach((item, index) => {
    const requirement = findRequirement(item.requirementId);
    const label = requirement?.label[language] ?? item.requirementId;
    const citation = requirement?.citation[language];
    lines.push(`[${statuses[index]!.padEnd(width)}] ${label}${citation ? ` (${citation})` : ''}`);
    const indent = ' '.repeat(width + 3);
    const details: string[] = [
      item.sectionIds.length === 0
        ? t('noSections')
        : t('sections', {
            numbers: item.sectionIds.map((id) => numbers.get(id) ?? '?').join(', '),
          }),
    ];
    if (item.confirmedAt !== null) {
      details.push(
        item.confirmedBy
          ? t('confirmed', { who: item.confirmedBy, when: item.confirmedAt.slice(0, 10) })
          : t('confirmedNoName', { when: item.confirmedAt.slice(0, 10) }),
      );
    }
    if (item.changedSinceConfirmed) details.push(t('changed'));
    if (requirement && requirement.verification !== 'verified') details.push(t('secondary'));
    lines.push(`${indent}${item.requirementId} · ${details.join(' · ')}`);
  });
  lines.push('', `${i18n.t('cli:commands.info.coverage')}: ${coverageSummary(summary, i18n)}`);
  lines.push(
    checklist.missing.length === 0
      ? t('allCovered')
      : t('missingCount', { count: checklist.missing.length }),
  );
  if (language === 'sv') lines.push(t('svUnverified'));
  return `${lines.join('\n')}\n`;
}

/** `suunta import-docx`: what was created, each section with its words and lost images, notices. */
export function importReport(
  plan: OpenedPlan,
  preview: DocxPreview,
  linked: number,
  i18n: I18n,
): string {
  const t = (key: string, values: Record<string, unknown> = {}) =>
    i18n.t(`cli:commands.importDocx.${key}`, values);
  const lines = [
    t('done', { path: plan.path, count: plan.outline.length, words: preview.words }),
    '',
  ];
  // The outline lists the sections in reading order, as the preview does.
  plan.outline.forEach((entry, index) => {
    const indent = '  '.repeat(entry.depth);
    lines.push(
      `${indent}${t('section', { number: entry.number, title: entry.title, words: entry.words })}`,
    );
    const images = preview.sections[index]?.images ?? [];
    if (images.length > 0) {
      const alts = images.map((image) => (image.alt === '' ? t('noAlt') : `"${image.alt}"`));
      lines.push(`${indent}  ${t('images', { count: images.length, alts: alts.join(', ') })}`);
    }
  });
  lines.push('');
  if (linked > 0) lines.push(t('linked', { count: linked }));
  if (preview.notices.length > 0) {
    lines.push(t('notices'));
    for (const notice of preview.notices) {
      lines.push(`- ${i18n.t(`cli:notices.${notice.code}`, { count: notice.count })}`);
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
