import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { i18n as I18n } from 'i18next';
import type { AppError } from '../../shared/result';
import type { Core } from '../core/index';
import { milestonesTable, verifyJson, verifyReport } from './timeline-format';

/**
 * `suunta verify FILE.opsu [--json]` and `suunta milestones FILE.opsu`: both read the plan
 * read-only (as `info` does), so a plan open in the app is LOCKED and nothing is ever written.
 */

export interface TimelineCommandDeps {
  i18n: I18n;
  cwd: string;
  stdout: { write(text: string): unknown };
  core(): Core;
  fail(error: AppError): void;
  done(code: number): void;
}

/** Exit codes of `verify`: every digest matches, or one does not. */
const VERIFIED = 0;
const MISMATCH = 1;

export function addTimelineCommands(program: Command, deps: TimelineCommandDeps): void {
  const t = (key: string) => deps.i18n.t(`cli:${key}`);
  const syntax = (key: string) => t(`syntax.${key}`);
  const usage = `[${syntax('options')}] <${syntax('file')}>`;

  program
    .command('verify')
    .description(t('commands.verify.description'))
    .usage(usage)
    .argument(`<${syntax('file')}>`, t('commands.verify.file'))
    .option('--json', t('commands.verify.json'))
    .action(async (file: string, options: { json?: boolean }) => {
      const verified = await deps.core().verifyPlan(resolve(deps.cwd, file));
      if (!verified.ok) return deps.fail(verified.error);
      deps.stdout.write(
        options.json ? verifyJson(verified.value) : verifyReport(verified.value, deps.i18n),
      );
      deps.done(verified.value.versions.every((version) => version.ok) ? VERIFIED : MISMATCH);
    });

  program
    .command('milestones')
    .description(t('commands.milestones.description'))
    .usage(usage)
    .argument(`<${syntax('file')}>`, t('commands.milestones.file'))
    .action(async (file: string) => {
      const summary = await deps.core().inspectPlan(resolve(deps.cwd, file));
      if (!summary.ok) return deps.fail(summary.error);
      deps.stdout.write(milestonesTable(summary.value, deps.i18n));
      deps.done(0);
    });
}
