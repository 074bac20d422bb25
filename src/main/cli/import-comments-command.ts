import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { i18n as I18n } from 'i18next';
import { formatFinnishDate, helsinkiDate } from '../../shared/dates';
import type {
  CommentImportPreview,
  CommentImportReport,
  ImportFilePreview,
  SkippedItem,
} from '../../shared/domain/comment-import';
import { RoundTitleSchema, type Round, type RoundSummary } from '../../shared/domain/rounds';
import type { VersionSummary } from '../../shared/domain/versions';
import type { OpenedPlan } from '../../shared/ipc';
import { nameKey } from '../core/rounds/store';
import { failureText, type ImportCommandDeps } from './format';

/**
 * `suunta import-comments FILE.opsu --round "TITLE" FILES…`: imports returned Word files and survey
 * exports into the round of that title (any case), created on the newest version (or, in a plan
 * without versions, on its text as it is now) if there is none. Authors go to the respondent
 * remembered for them or of the same name, or become new respondents; survey columns are
 * recognised from their headers. All files are imported or none; a round created for an import
 * that fails is removed again.
 */

export interface ImportCommentsDeps extends ImportCommandDeps {
  /** A usage error (exit code 2) with a `cli:errors.*` message. */
  usage(key: string, values: Record<string, string>): Error;
}

const EXIT_OK = 0;
const EXIT_FAILED = 1;

/** A failed step, with the message to print. */
class StepFailed extends Error {
  constructor(readonly text: string) {
    super(text);
  }
}

function skippedLine(t: I18n['t'], item: SkippedItem): string {
  const where =
    item.row !== null
      ? t('row', { row: item.row })
      : item.commentNo !== null
        ? t('comment', { number: item.commentNo })
        : t('item');
  const reason = t(`reasons.${item.reason}`);
  return item.excerpt === ''
    ? t('skippedNoText', { where, reason })
    : t('skipped', { where, reason, excerpt: item.excerpt });
}

/** What was imported, file by file, with what was skipped and left out, and why. */
export function importCommentsReport(
  round: string,
  preview: CommentImportPreview,
  report: CommentImportReport,
  i18n: I18n,
): string {
  const t = i18n.getFixedT(null, 'cli', 'commands.importComments');
  const totals = [
    report.changes > 0 ? t('changes', { count: report.changes }) : null,
    report.replies > 0 ? t('replies', { count: report.replies }) : null,
    report.general > 0 ? t('general', { count: report.general }) : null,
  ].filter((part) => part !== null);
  const details = totals.length > 0 ? ` (${totals.join(', ')})` : '';
  const lines = [t('done', { round, count: report.imported, details })];
  report.files.forEach((file, index) => {
    const previewed: ImportFilePreview | undefined = preview.files[index];
    lines.push(t('file', { name: file.name, count: file.imported }));
    const indent = (line: string) => lines.push(`  ${line}`);
    if (previewed?.previouslyImported) {
      const date = formatFinnishDate(helsinkiDate(new Date(previewed.previouslyImported.at)));
      indent(t('repeated', { date }));
    }
    file.skipped.forEach((item) => indent(skippedLine(t, item)));
    previewed?.survey?.general.forEach((row) => indent(t('generalRow', row)));
    previewed?.survey?.unplaced.forEach((header) => indent(t('unplaced', { header })));
  });
  if (report.respondentsCreated.length > 0) {
    lines.push(t('respondentsCreated', { names: report.respondentsCreated.join(', ') }));
  }
  return `${lines.join('\n')}\n`;
}

export function addImportCommentsCommand(program: Command, deps: ImportCommentsDeps): void {
  const { i18n } = deps;
  const t = (key: string) => i18n.t(`cli:${key}`);
  const syntax = (key: string) => t(`syntax.${key}`);

  /** Calls a channel; a failure ends the command with its translated message. */
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await deps.core().handle(channel, input, { senderId: deps.senderId });
    if (!result.ok) throw new StepFailed(failureText(i18n, result.error));
    return result.value as T;
  };

  /** The round of that title, or a new one (`created`) on the newest version. */
  const findOrCreateRound = async (docId: string, title: string) => {
    const rounds = await call<RoundSummary[]>('rounds.list', { docId });
    const existing = rounds.find((round) => nameKey(round.title) === nameKey(title));
    if (existing) return { round: existing, created: false };
    const versions = await call<VersionSummary[]>('versions.list', { docId });
    const newest = versions.reduce<VersionSummary | null>(
      (latest, version) => (latest === null || version.number > latest.number ? version : latest),
      null,
    );
    const round = await call<Round>('rounds.create', {
      docId,
      title,
      versionId: newest?.id ?? null,
    });
    return { round, created: true };
  };

  const importInto = async (docId: string, title: string, paths: string[]): Promise<string> => {
    const { round, created } = await findOrCreateRound(docId, title);
    const out = created
      ? `${i18n.t('cli:commands.importComments.roundCreated', { title: round.title })}\n`
      : '';
    try {
      const preview = await call<CommentImportPreview>('comments.importPreview', {
        docId,
        roundId: round.id,
        files: paths.map((path) => ({ path })),
      });
      const unmapped = preview.files.find((file) => file.survey && file.survey.columns === null);
      if (unmapped) {
        throw new StepFailed(
          i18n.t('cli:commands.importComments.noCommentColumn', {
            name: unmapped.name,
            headers: unmapped.survey!.headers.map((header) => `”${header}”`).join(', '),
          }),
        );
      }
      const report = await call<CommentImportReport>('comments.importCommit', {
        docId,
        roundId: round.id,
        files: preview.files.map(({ path, digest }) => ({ path, digest })),
      });
      return out + importCommentsReport(round.title, preview, report, i18n);
    } catch (error) {
      // Nothing was imported: the round made for it goes too, so the plan is as it was.
      if (created)
        await deps.core().handle(
          'rounds.remove',
          { docId, roundId: round.id },
          {
            senderId: deps.senderId,
          },
        );
      throw error;
    }
  };

  program
    .command('import-comments')
    .description(t('commands.importComments.description'))
    .usage(
      `[${syntax('options')}] <${syntax('file')}> --round <${syntax('text')}> <${syntax('files')}...>`,
    )
    .argument(`<${syntax('file')}>`, t('commands.importComments.file'))
    .argument(`<${syntax('files')}...>`, t('commands.importComments.files'))
    .requiredOption(`--round <${syntax('text')}>`, t('commands.importComments.round'))
    .action(async (file: string, files: string[], options: { round: string }) => {
      const title = RoundTitleSchema.safeParse(options.round);
      if (!title.success) {
        throw deps.usage('invalidValue', { name: '--round', value: options.round });
      }
      const paths = files.map((path) => resolve(deps.cwd, path));
      let docId: string | null = null;
      try {
        const plan = await call<OpenedPlan>('plan.open', { path: resolve(deps.cwd, file) });
        docId = plan.docId;
        const report = await importInto(docId, title.data, paths);
        await call('plan.close', { docId });
        docId = null;
        deps.stdout.write(report);
        deps.done(EXIT_OK);
      } catch (error) {
        if (!(error instanceof StepFailed)) throw error;
        deps.stderr.write(`suunta: ${error.text}\n`);
        deps.done(EXIT_FAILED);
      } finally {
        if (docId !== null) {
          await deps.core().handle('plan.close', { docId }, { senderId: deps.senderId });
        }
      }
    });
}
