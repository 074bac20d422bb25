import { resolve } from 'node:path';
import type { Command } from 'commander';
import { planCommand, type ReadCommandDeps } from './format';
import { milestonesTable, verifyJson, verifyReport } from './timeline-format';

/**
 * `suunta verify FILE.opsu [--json]` and `suunta milestones FILE.opsu`: both read the plan
 * read-only (as `info` does), so a plan open in the app is LOCKED and nothing is ever written.
 */

/** Exit codes of `verify`: every digest matches, or one does not. */
const VERIFIED = 0;
const MISMATCH = 1;

export function addTimelineCommands(program: Command, deps: ReadCommandDeps): void {
  planCommand(program, deps.i18n, 'verify')
    .option('--json', deps.i18n.t('cli:commands.verify.json'))
    .action(async (file: string, options: { json?: boolean }) => {
      const verified = await deps.core().verifyPlan(resolve(deps.cwd, file));
      if (!verified.ok) return deps.fail(verified.error);
      deps.stdout.write(
        options.json ? verifyJson(verified.value) : verifyReport(verified.value, deps.i18n),
      );
      deps.done(verified.value.versions.every((version) => version.ok) ? VERIFIED : MISMATCH);
    });

  planCommand(program, deps.i18n, 'milestones').action(async (file: string) => {
    const summary = await deps.core().inspectPlan(resolve(deps.cwd, file));
    if (!summary.ok) return deps.fail(summary.error);
    deps.stdout.write(milestonesTable(summary.value, deps.i18n));
    deps.done(0);
  });
}
