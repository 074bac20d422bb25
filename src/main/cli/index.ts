import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { runCli } from './run';

/** The `suunta` command (bin/suunta.js), built to out/main/cli.js. */
const PackageSchema = z.object({ version: z.string() });
const { version } = PackageSchema.parse(
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')),
);

process.exitCode = await runCli(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() },
  version,
);
