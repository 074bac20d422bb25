import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { i18n as I18n } from 'i18next';
import { RoundTitleSchema, type Comment } from '../../shared/domain/rounds';
import type { PlanComments } from '../core/index';
import { planCommand, type ReadCommandDeps } from './format';
import { columns } from './timeline-format';

/**
 * `suunta comments FILE.opsu [--round TITLE] [--json]`: every comment of the plan's rounds (or of
 * one), read read-only as `info` does, so nothing is ever written.
 */

export interface CommentsCommandDeps extends ReadCommandDeps {
  usage(key: string, values: Record<string, string>): Error;
}

/** `--json`: these keys are a contract for scripts; later versions only add keys. */
export function commentsJson(comments: PlanComments): string {
  const value = comments.rounds.flatMap(({ round, comments: list }) =>
    list.map((comment) => ({
      round: round.title,
      number: comment.number,
      respondent: comment.respondentName,
      section:
        comment.section === null
          ? null
          : { number: comment.section.number, title: comment.section.title },
      quote: comment.quote?.exact ?? null,
      text: comment.text,
      kind: comment.kind,
      resolution: comment.resolution,
      response: comment.response,
    })),
  );
  return `${JSON.stringify(value, null, 2)}\n`;
}

const EXCERPT = 60;
const oneLine = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > EXCERPT ? `${line.slice(0, EXCERPT - 1)}…` : line;
};

function commentRow(comment: Comment, i18n: I18n): string[] {
  const t = (key: string, values?: Record<string, unknown>) => i18n.t(`rounds:${key}`, values);
  const what =
    comment.kind === 'change' ? `${comment.quote?.exact ?? ''} → ${comment.proposal ?? ''}` : '';
  return [
    (comment.parentId === null ? '' : '  ') + t('commentNumber', { number: comment.number }),
    comment.respondentName,
    comment.section === null
      ? t('general')
      : `${comment.section.number} ${comment.section.title}`.trim(),
    t(`commentKind.${comment.kind}`),
    comment.parentId === null ? t(`resolution.${comment.resolution}`) : '',
    oneLine(comment.text === '' ? what : comment.text),
  ];
}

/** The readable listing: each round as a heading and its comments as aligned columns. */
export function commentsTable(comments: PlanComments, i18n: I18n): string {
  const t = (key: string, values?: Record<string, unknown>) =>
    i18n.t(`cli:commands.comments.${key}`, values);
  if (comments.rounds.length === 0) return `${t('noRounds')}\n`;
  const blocks = comments.rounds.map(({ round, comments: list }) => {
    const heading = t('heading', {
      title: round.title,
      count: round.comments,
      resolved: round.resolved,
    });
    if (list.length === 0) return [heading, t('none')].join('\n');
    const header = [
      t('number'),
      t('respondent'),
      t('section'),
      t('kind'),
      t('resolution'),
      t('text'),
    ];
    return [heading, ...columns([header, ...list.map((c) => commentRow(c, i18n))])].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

export function addCommentsCommand(program: Command, deps: CommentsCommandDeps): void {
  const t = (key: string) => deps.i18n.t(`cli:${key}`);
  const syntax = (key: string) => t(`syntax.${key}`);
  planCommand(program, deps.i18n, 'comments')
    .option(`--round <${syntax('text')}>`, t('commands.comments.round'))
    .option('--json', t('commands.comments.json'))
    .action(async (file: string, options: { round?: string; json?: boolean }) => {
      let title: string | null = null;
      if (options.round !== undefined) {
        const parsed = RoundTitleSchema.safeParse(options.round);
        if (!parsed.success) {
          throw deps.usage('invalidValue', { name: '--round', value: options.round });
        }
        title = parsed.data;
      }
      const read = await deps.core().inspectComments(resolve(deps.cwd, file), title);
      if (!read.ok) return deps.fail(read.error);
      deps.stdout.write(
        options.json ? commentsJson(read.value) : commentsTable(read.value, deps.i18n),
      );
      deps.done(0);
    });
}
