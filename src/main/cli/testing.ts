import type { Env } from '../core/settings/location';
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
