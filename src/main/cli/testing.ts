import { execFileSync } from 'node:child_process';
import type { Env } from '../core/settings/location';
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
