import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Env } from '../core/settings/location';
import { makeTestCore } from '../core/testing/test-core';
import { findChromium } from './chromium-printer';
import { runCli } from './run';

/** Runs `suunta` in-process for a test and captures its exit code and output. */
export async function captureCli(args: string[], env: Env, cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args,
    {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      env,
      cwd,
    },
    '1.2.3',
  );
  return { code, stdout, stderr };
}

/**
 * A temporary folder for one CLI test with a test core rooted in it, `cli` running there with its
 * own settings (plus `env`), and `dispose` removing it all.
 */
export function cliTestbed() {
  const dir = mkdtempSync(join(tmpdir(), 'suunta-cli-'));
  const t = makeTestCore({ root: join(dir, 'core') });
  const cli = (args: string[], env: Env = {}) =>
    captureCli(args, { SUUNTA_SETTINGS_DIR: join(dir, 'settings'), ...env }, dir);
  const dispose = () => {
    t.dispose();
    rmSync(dir, { recursive: true, force: true });
  };
  return { dir, t, cli, dispose };
}
export type CliTestbed = ReturnType<typeof cliTestbed>;

/**
 * Why the tests that print PDFs and read them back cannot run here (null when they can): they need
 * a Chromium to print with and poppler-utils to read the result. The reason is printed, so a
 * skipped run says what to install.
 */
export function pdfToolsMissing(what: string): string | null {
  const has = (check: () => unknown) => {
    try {
      check();
      return true;
    } catch {
      return false;
    }
  };
  const reason = !has(() => findChromium(process.env))
    ? 'no Chromium (apt-get install chromium, or set SUUNTA_CHROMIUM)'
    : !has(() => execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' }))
      ? 'no poppler-utils (apt-get install poppler-utils)'
      : null;
  if (reason) console.warn(`${what} skipped: ${reason}`);
  return reason;
}
