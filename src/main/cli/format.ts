import type { i18n as I18n } from 'i18next';
import type { PlanSummary } from '../core/index';

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
  };
  return `${JSON.stringify(value, null, 2)}\n`;
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
