import { resolve } from 'node:path';
import { Command, CommanderError } from 'commander';
import { z } from 'zod';
import type { i18n as I18n } from 'i18next';
import { PeriodSchema, PlanTitleSchema, RegionSchema } from '../../shared/domain/plan';
import { LanguageSchema } from '../../shared/domain/settings';
import { createI18n, errorMessage, languageFromLocale } from '../../shared/i18n';
import type { OpenedPlan } from '../../shared/ipc';
import { suggestedMapping, type DocxPreview } from '../../shared/domain/docx-import';
import type { AppError } from '../../shared/result';
import { toFailure } from '../core/errors';
import type { Core } from '../core/index';
import { createCliCore } from './cli-core';
import { launchingChromiumPrinter, type ClosablePrinter } from './chromium-printer';
import { addCommentsCommand } from './comments-command';
import { addSearchCommand } from './search-command';
import { addExportCommand, exportArguments } from './export-command';
import { addImportCommentsCommand } from './import-comments-command';
import { addImportStaffingCommand } from './import-staffing-command';
import { addStaffingCommand } from './staffing-command';
import { addTimelineCommands } from './timeline-commands';
import { localeOf, type Env } from '../core/settings/location';
import { checkReport, importReport, infoJson, infoTable } from './format';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Env;
  /** Relative file arguments are taken from here. */
  cwd: string;
}

/** Exit codes: 0 done, 1 the operation failed, 2 the command line was wrong. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

const CLI_SENDER = 'cli';

/** A usage error found by our own checks, reported like commander's. */
class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly values: Record<string, string>,
  ) {
    super(key);
  }
}

/** The value of `--lang` (as `--lang xx` or `--lang=xx`), read before commander runs. */
function langArgument(argv: readonly string[]): string | undefined {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (at < 0) return undefined;
  return argv[at] === '--lang' ? (argv[at + 1] ?? '') : argv[at]!.slice('--lang='.length);
}

/** Commander's own (English) usage errors, as our translated messages. */
function commanderMessage(error: CommanderError, i18n: I18n): string {
  // The quoted name in commander's message, without a value placeholder ("--title <text>").
  const name = /'([^' ]+)[^']*'/.exec(error.message)?.[1] ?? '';
  const keys: Record<string, string> = {
    'commander.unknownOption': 'unknownOption',
    'commander.unknownCommand': 'unknownCommand',
    'commander.missingArgument': 'missingArgument',
    'commander.missingMandatoryOptionValue': 'missingOption',
    'commander.optionMissingArgument': 'missingValue',
    'commander.excessArguments': 'excessArguments',
  };
  const key = keys[error.code];
  return key
    ? i18n.t(`cli:errors.${key}`, { name })
    : i18n.t('cli:errors.usage', { message: error.message.replace(/^error: /, '') });
}

function parseOption<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  value: unknown,
  usage: UsageError,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw usage;
  return parsed.data;
}

const parsePeriod = (period: string | undefined) =>
  period === undefined
    ? null
    : parseOption(PeriodSchema, period, new UsageError('invalidPeriod', { value: period }));

const parseLanguage = (language: string | undefined) =>
  parseOption(
    LanguageSchema,
    language ?? 'fi',
    new UsageError('invalidLanguage', { value: language ?? '' }),
  );

/** An imported plan may leave the region empty; she sets it in the plan's details later. */
const ImportRegionSchema = z.string().trim().max(200);

function buildProgram(
  i18n: I18n,
  io: CliIo,
  appVersion: string,
  core: () => Core,
  done: (code: number) => void,
) {
  const t = (key: string) => i18n.t(`cli:${key}`);
  const syntax = (key: string) => t(`syntax.${key}`);
  const commandUsage = `[${syntax('options')}] <${syntax('file')}>`;
  const titles: Record<string, string> = {
    'Usage:': t('help.usage'),
    'Options:': t('help.options'),
    'Global Options:': t('help.globalOptions'),
    'Commands:': t('help.commands'),
    'Arguments:': t('help.arguments'),
  };
  const fail = (error: AppError) => {
    io.stderr.write(`suunta: ${errorMessage(i18n, error)}\n`);
    done(EXIT_FAILED);
  };

  /** Creates a plan through `channel` and closes it again: the CLI leaves no plan open. */
  const createClosed = async (
    channel: 'plan.create' | 'import.docxCreate',
    input: unknown,
  ): Promise<OpenedPlan | null> => {
    const created = await core().handle(channel, input, { senderId: CLI_SENDER });
    if (!created.ok) {
      fail(created.error);
      return null;
    }
    const plan = created.value as OpenedPlan;
    const closed = await core().handle(
      'plan.close',
      { docId: plan.docId },
      { senderId: CLI_SENDER },
    );
    if (!closed.ok) {
      fail(closed.error);
      return null;
    }
    return plan;
  };

  const program = new Command('suunta')
    .description(t('description'))
    .usage(`[${syntax('options')}] [${syntax('command')}]`)
    .configureHelp({ styleTitle: (title) => titles[title] ?? title, showGlobalOptions: true })
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Usage errors are translated and written by runCli.
      outputError: () => undefined,
    })
    .exitOverride()
    .showSuggestionAfterError(false)
    .helpOption('-h, --help', t('options.help'))
    .helpCommand('help [command]', t('commands.help'))
    .version(appVersion, '-V, --version', t('options.version'))
    .option(`--lang <${syntax('language')}>`, t('options.lang'));

  program
    .command('new')
    .description(t('commands.new.description'))
    .usage(commandUsage)
    .argument(`<${syntax('file')}>`, t('commands.new.file'))
    .requiredOption(`--title <${syntax('text')}>`, t('commands.new.title'))
    .requiredOption(`--region <${syntax('text')}>`, t('commands.new.region'))
    .option(`--period <${syntax('period')}>`, t('commands.new.period'))
    .option(`--language <${syntax('language')}>`, t('commands.new.language'))
    .action(
      async (
        file: string,
        options: { title: string; region: string; period?: string; language?: string },
      ) => {
        const input = {
          path: resolve(io.cwd, file),
          title: parseOption(
            PlanTitleSchema,
            options.title,
            new UsageError('invalidValue', { name: '--title', value: options.title }),
          ),
          region: parseOption(
            RegionSchema,
            options.region,
            new UsageError('invalidValue', { name: '--region', value: options.region }),
          ),
          period: parsePeriod(options.period),
          language: parseLanguage(options.language),
        };
        const plan = await createClosed('plan.create', input);
        if (!plan) return;
        io.stdout.write(
          `${i18n.t('cli:commands.new.done', { path: plan.path, count: plan.outline.length })}\n`,
        );
        done(EXIT_OK);
      },
    );

  program
    .command('import-docx')
    .description(t('commands.importDocx.description'))
    .usage(`[${syntax('options')}] <${syntax('file')}> <${syntax('docx')}>`)
    .argument(`<${syntax('file')}>`, t('commands.importDocx.file'))
    .argument(`<${syntax('docx')}>`, t('commands.importDocx.source'))
    .option(`--title <${syntax('text')}>`, t('commands.importDocx.title'))
    .option(`--region <${syntax('text')}>`, t('commands.importDocx.region'))
    .option(`--period <${syntax('period')}>`, t('commands.importDocx.period'))
    .option(`--language <${syntax('language')}>`, t('commands.importDocx.language'))
    .action(
      async (
        file: string,
        docx: string,
        options: { title?: string; region?: string; period?: string; language?: string },
      ) => {
        // Options are checked before the Word file is read: a typo costs nothing.
        const details = {
          title:
            options.title === undefined
              ? undefined
              : parseOption(
                  PlanTitleSchema,
                  options.title,
                  new UsageError('invalidValue', { name: '--title', value: options.title }),
                ),
          region: parseOption(
            ImportRegionSchema,
            options.region ?? '',
            new UsageError('invalidValue', { name: '--region', value: options.region ?? '' }),
          ),
          period: parsePeriod(options.period),
          language: parseLanguage(options.language),
        };
        const source = resolve(io.cwd, docx);
        const previewed = await core().handle(
          'import.docxPreview',
          { source },
          { senderId: CLI_SENDER },
        );
        if (!previewed.ok) return fail(previewed.error);
        const preview = previewed.value as DocxPreview;
        const mapping = suggestedMapping(preview);
        const plan = await createClosed('import.docxCreate', {
          source,
          sourceDigest: preview.sourceDigest,
          path: resolve(io.cwd, file),
          ...details,
          title: details.title ?? PlanTitleSchema.catch('Suunta').parse(preview.title),
          mapping,
        });
        if (!plan) return;
        io.stdout.write(importReport(plan, preview, mapping.length, i18n));
        done(EXIT_OK);
      },
    );

  program
    .command('info')
    .description(t('commands.info.description'))
    .usage(commandUsage)
    .argument(`<${syntax('file')}>`, t('commands.info.file'))
    .option('--json', t('commands.info.json'))
    .action(async (file: string, options: { json?: boolean }) => {
      const summary = await core().inspectPlan(resolve(io.cwd, file));
      if (!summary.ok) return fail(summary.error);
      io.stdout.write(options.json ? infoJson(summary.value) : infoTable(summary.value, i18n));
      done(EXIT_OK);
    });

  program
    .command('check')
    .description(t('commands.check.description'))
    .usage(commandUsage)
    .argument(`<${syntax('file')}>`, t('commands.check.file'))
    .action(async (file: string) => {
      const summary = await core().inspectPlan(resolve(io.cwd, file));
      if (!summary.ok) return fail(summary.error);
      io.stdout.write(checkReport(summary.value, i18n));
      // Usable before a decision: anything missing fails the check.
      done(summary.value.checklist.missing.length === 0 ? EXIT_OK : EXIT_FAILED);
    });

  const usage = (key: string, values: Record<string, string>) => new UsageError(key, values);
  const readDeps = { i18n, cwd: io.cwd, stdout: io.stdout, core, fail, done };
  addTimelineCommands(program, readDeps);
  addCommentsCommand(program, { ...readDeps, usage });
  addSearchCommand(program, { ...readDeps, usage });
  addStaffingCommand(program, readDeps);

  const importDeps = { ...readDeps, stderr: io.stderr, senderId: CLI_SENDER };
  addImportCommentsCommand(program, { ...importDeps, usage });
  addImportStaffingCommand(program, importDeps);

  addExportCommand(program, { ...readDeps, senderId: CLI_SENDER, usage });

  return program;
}

/**
 * Runs `suunta` with `argv` (the arguments after the program name) and returns the exit code.
 * Everything it prints goes to `io`; errors are translated and never leave a file half-changed.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  appVersion: string,
): Promise<number> {
  const lang = langArgument(argv);
  const chosen = LanguageSchema.safeParse(lang);
  const i18n = createI18n(chosen.success ? chosen.data : languageFromLocale(localeOf(io.env)));
  let code = EXIT_USAGE;
  let core: Core | undefined;
  let printer: ClosablePrinter | undefined;
  const program = buildProgram(
    i18n,
    io,
    appVersion,
    () =>
      (core ??= createCliCore(io.env, appVersion, (printer = launchingChromiumPrinter(io.env)))),
    (exit) => {
      code = exit;
    },
  );
  const usage = (message: string) => {
    io.stderr.write(`suunta: ${message}\n${i18n.t('cli:errors.seeHelp')}\n`);
    return EXIT_USAGE;
  };
  try {
    if (lang !== undefined && !chosen.success) {
      return usage(i18n.t('cli:errors.invalidLanguage', { value: lang }));
    }
    await program.parseAsync(exportArguments(argv), { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof UsageError) return usage(i18n.t(`cli:errors.${error.key}`, error.values));
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') {
        return EXIT_OK;
      }
      // `suunta` alone: commander has printed the help to stderr.
      if (error.code === 'commander.help') return EXIT_USAGE;
      return usage(commanderMessage(error, i18n));
    }
    io.stderr.write(`suunta: ${errorMessage(i18n, toFailure(error).error)}\n`);
    return EXIT_FAILED;
  } finally {
    core?.close();
    await printer?.close();
  }
}
