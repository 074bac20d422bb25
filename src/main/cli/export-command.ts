import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { i18n as I18n } from 'i18next';
import { annexKinds, type AnnexKind, type ExportResult } from '../../shared/domain/export';
import { LanguageSchema, type Language } from '../../shared/domain/settings';
import type { RoundSummary } from '../../shared/domain/rounds';
import type { OpenedPlan } from '../../shared/ipc';
import type { AppError } from '../../shared/result';
import type { Core } from '../core/index';

/**
 * `suunta export FILE.opsu --pdf OUT.pdf [--docx OUT.docx] [--template T.dotx] [--version ID]
 * [--annex checklist,comments,decisions] [--round TITLE] [--paragraph-numbers] [--final]
 * [--language fi|sv|en]`.
 *
 * The plan is opened for writing, because every export is recorded in it (the `exports` table);
 * a plan open in the app is LOCKED and nothing is written. The text itself is not changed.
 */

/**
 * `--version ID` of `suunta export` as `--version-id ID`: the program's own `--version` (print the
 * program version) would otherwise take it, as commander reads program options anywhere.
 */
export function exportArguments(argv: readonly string[]): string[] {
  // The first argument that is neither an option nor the value of `--lang`.
  const command = argv.findIndex(
    (arg, index) => !arg.startsWith('-') && argv[index - 1] !== '--lang',
  );
  if (command < 0 || argv[command] !== 'export') return [...argv];
  return argv.map((arg, index) =>
    index <= command
      ? arg
      : arg === '--version'
        ? '--version-id'
        : arg.startsWith('--version=')
          ? `--version-id=${arg.slice('--version='.length)}`
          : arg,
  );
}

export interface ExportCommandDeps {
  i18n: I18n;
  cwd: string;
  stdout: { write(text: string): unknown };
  core(): Core;
  senderId: string;
  fail(error: AppError): void;
  done(code: number): void;
  /** A usage error (exit code 2) with a `cli:errors.*` message. */
  usage(key: string, values: Record<string, string>): Error;
}

interface ExportCliOptions {
  pdf?: string;
  docx?: string;
  template?: string;
  versionId?: string;
  annex?: string;
  round?: string;
  paragraphNumbers?: boolean;
  final?: boolean;
  language?: string;
}

/** The annexes of `--annex a,b`; a usage error names the first unknown one. */
function parseAnnexes(value: string | undefined, deps: ExportCommandDeps): AnnexKind[] {
  if (value === undefined) return [];
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return names.map((name) => {
    if ((annexKinds as readonly string[]).includes(name)) return name as AnnexKind;
    throw deps.usage('invalidAnnex', { value: name });
  });
}

function size(bytes: number, language: Language): string {
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  }).format(Math.max(1, Math.round(bytes / 1024)));
}

/** The round of `--round TITLE` (titles are unique, compared case- and space-insensitively). */
async function findRound(
  deps: ExportCommandDeps,
  docId: string,
  title: string,
): Promise<
  { ok: true; id: string } | { ok: false; error: AppError } | { ok: false; usage: Error }
> {
  const listed = await deps.core().handle('rounds.list', { docId }, { senderId: deps.senderId });
  if (!listed.ok) return { ok: false, error: listed.error };
  const rounds = listed.value as RoundSummary[];
  const key = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');
  const round = rounds.find((entry) => key(entry.title) === key(title));
  if (round) return { ok: true, id: round.id };
  return {
    ok: false,
    usage: deps.usage('unknownRound', {
      value: title,
      rounds: rounds.map((entry) => `”${entry.title}”`).join(', ') || '–',
    }),
  };
}

export function addExportCommand(program: Command, deps: ExportCommandDeps): void {
  const t = (key: string) => deps.i18n.t(`cli:${key}`);
  const syntax = (key: string) => t(`syntax.${key}`);
  program
    .command('export')
    .description(t('commands.export.description'))
    .usage(`[${syntax('options')}] <${syntax('file')}>`)
    .argument(`<${syntax('file')}>`, t('commands.export.file'))
    .option(`--pdf <${syntax('pdf')}>`, t('commands.export.pdf'))
    .option(`--docx <${syntax('docx')}>`, t('commands.export.docx'))
    .option(`--template <${syntax('template')}>`, t('commands.export.template'))
    .option(`--version-id <${syntax('id')}>`, t('commands.export.version'))
    .option(`--annex <${syntax('list')}>`, t('commands.export.annex'))
    .option(`--round <${syntax('text')}>`, t('commands.export.round'))
    .option('--paragraph-numbers', t('commands.export.paragraphNumbers'))
    .option('--final', t('commands.export.final'))
    .option(`--language <${syntax('language')}>`, t('commands.export.language'))
    .action(async (file: string, options: ExportCliOptions) => {
      // Everything on the command line is checked before the plan is opened.
      if (options.pdf === undefined && options.docx === undefined) {
        throw deps.usage('exportNoOutput', {});
      }
      if (options.template !== undefined && options.docx === undefined) {
        throw deps.usage('templateWithoutDocx', {});
      }
      const annexes = parseAnnexes(options.annex, deps);
      if (options.round !== undefined && !annexes.includes('comments')) {
        throw deps.usage('roundWithoutComments', {});
      }
      let language: Language | undefined;
      if (options.language !== undefined) {
        const parsed = LanguageSchema.safeParse(options.language);
        if (!parsed.success) throw deps.usage('invalidLanguage', { value: options.language });
        language = parsed.data;
      }
      const ctx = { senderId: deps.senderId };
      const opened = await deps.core().handle('plan.open', { path: resolve(deps.cwd, file) }, ctx);
      if (!opened.ok) return deps.fail(opened.error);
      const plan = opened.value as OpenedPlan;
      const reportLanguage = deps.i18n.language as Language;
      let failure: AppError | null = null;
      let roundId: string | null = null;
      if (options.round !== undefined) {
        const found = await findRound(deps, plan.docId, options.round);
        if (!found.ok) {
          await deps.core().handle('plan.close', { docId: plan.docId }, ctx);
          if ('error' in found) return deps.fail(found.error);
          throw found.usage;
        }
        roundId = found.id;
      }
      const common = {
        docId: plan.docId,
        versionId: options.versionId ?? null,
        annexes,
        roundId,
        paragraphNumbers: options.paragraphNumbers === true,
        final: options.final === true,
        ...(language === undefined ? {} : { language }),
      };
      const report = (result: ExportResult) => {
        const line =
          result.format === 'pdf'
            ? deps.i18n.t('cli:commands.export.donePdf', {
                path: result.path,
                count: result.pages ?? 0,
                size: size(result.bytes, reportLanguage),
              })
            : deps.i18n.t('cli:commands.export.doneDocx', {
                path: result.path,
                size: size(result.bytes, reportLanguage),
              });
        deps.stdout.write(`${line}\n`);
      };
      try {
        let digest = '';
        if (options.pdf !== undefined) {
          const result = await deps
            .core()
            .handle('export.pdf', { ...common, path: resolve(deps.cwd, options.pdf) }, ctx);
          if (!result.ok) failure = result.error;
          else {
            report(result.value as ExportResult);
            digest = (result.value as ExportResult).contentDigest;
          }
        }
        if (failure === null && options.docx !== undefined) {
          const result = await deps.core().handle(
            'export.docx',
            {
              ...common,
              path: resolve(deps.cwd, options.docx),
              templatePath:
                options.template === undefined ? null : resolve(deps.cwd, options.template),
            },
            ctx,
          );
          if (!result.ok) failure = result.error;
          else {
            report(result.value as ExportResult);
            digest = (result.value as ExportResult).contentDigest;
          }
        }
        if (failure === null) {
          deps.stdout.write(`${deps.i18n.t('cli:commands.export.digest', { digest })}\n`);
        }
      } finally {
        const closed = await deps.core().handle('plan.close', { docId: plan.docId }, ctx);
        if (failure === null && !closed.ok) failure = closed.error;
      }
      if (failure !== null) return deps.fail(failure);
      deps.done(0);
    });
}
