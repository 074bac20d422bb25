import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { i18n as I18n } from 'i18next';
import {
  SearchQueryTextSchema,
  type HitSource,
  type SearchGroup,
  type SearchHit,
  type SearchResults,
} from '../../shared/domain/search';
import { planCommand, type ReadCommandDeps } from './format';

/**
 * `suunta search FILE.opsu "QUERY" [--no-versions] [--no-comments] [--json]`: Haku across a plan,
 * read read-only as `info` does, so nothing is ever written.
 */

export interface SearchCommandDeps extends ReadCommandDeps {
  usage(key: string, values: Record<string, string>): Error;
}

/** `--json`: the results exactly as the `search.query` channel gives them; later versions only add keys. */
export function searchJson(results: SearchResults): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}

function sourceText(source: HitSource, i18n: I18n): string {
  const t = (key: string, values?: Record<string, unknown>) =>
    i18n.t(`cli:commands.search.${key}`, values);
  switch (source.kind) {
    case 'text':
    case 'title':
      return t(`source.${source.kind}`);
    case 'version':
      return t('source.version', { number: source.versionNumber, label: source.versionLabel });
    case 'comment':
      return t(`source.comment_${source.field}`, {
        number: source.commentNumber,
        respondent: source.respondent,
        round: source.roundTitle,
      });
  }
}

/** Matched runs in «guillemets», so they show in any terminal and in a pasted e-mail. */
const snippetText = (hit: SearchHit) =>
  hit.snippet.map((part) => (part.match ? `«${part.text}»` : part.text)).join('');

function groupHeading(group: SearchGroup, i18n: I18n): string {
  const t = (key: string, values?: Record<string, unknown>) =>
    i18n.t(`cli:commands.search.${key}`, values);
  if (group.sectionId === null) return t('wholePlan');
  if (group.number === '') return t('removedSection', { title: group.title });
  return `${group.number} ${group.title}`;
}

/** The readable listing: a line of totals, then each section's hits under its heading. */
export function searchTable(results: SearchResults, i18n: I18n): string {
  const t = (key: string, values?: Record<string, unknown>) =>
    i18n.t(`cli:commands.search.${key}`, values);
  if (results.total === 0) return `${t('none', { query: results.query })}\n`;
  const lines = [t('total', { count: results.total, query: results.query })];
  if (results.truncated) {
    const shown = results.groups.reduce((sum, group) => sum + group.hits.length, 0);
    lines.push(t('truncated', { shown, count: results.total }));
  }
  for (const group of results.groups) {
    lines.push('', groupHeading(group, i18n));
    for (const hit of group.hits) {
      const count = hit.matches > 1 ? ` ${t('matches', { count: hit.matches })}` : '';
      lines.push(`  ${sourceText(hit.source, i18n)}${count}: ${snippetText(hit)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function addSearchCommand(program: Command, deps: SearchCommandDeps): void {
  const t = (key: string) => deps.i18n.t(`cli:${key}`);
  const syntax = (key: string) => t(`syntax.${key}`);
  planCommand(program, deps.i18n, 'search')
    .usage(`[${syntax('options')}] <${syntax('file')}> <${syntax('query')}>`)
    .argument(`<${syntax('query')}>`, t('commands.search.query'))
    .option('--no-versions', t('commands.search.noVersions'))
    .option('--no-comments', t('commands.search.noComments'))
    .option('--json', t('commands.search.json'))
    .action(
      async (
        file: string,
        query: string,
        options: { versions: boolean; comments: boolean; json?: boolean },
      ) => {
        const text = SearchQueryTextSchema.safeParse(query);
        if (!text.success)
          throw deps.usage('invalidValue', { name: syntax('query'), value: query });
        const sources = { versions: options.versions, comments: options.comments };
        const read = await deps.core().searchFile(resolve(deps.cwd, file), text.data, sources);
        if (!read.ok) return deps.fail(read.error);
        deps.stdout.write(
          options.json ? searchJson(read.value) : searchTable(read.value, deps.i18n),
        );
        deps.done(0);
      },
    );
}
