#!/usr/bin/env node
/**
 * `npm run lint:security`: @doyensec/electronegativity over the app's source, then `npm audit`.
 *
 * Electronegativity runs offline and deterministically, compared with the findings we accepted. It fails on a finding that is not in
 * `scripts/lint-security-accepted.json`, on an accepted finding that no longer occurs (the list
 * stays honest), on an accepted check that docs/SECURITY.md does not explain, and on a file the
 * tool could not parse (it would silently check nothing there).
 *
 * Electronegativity downloads translations and Electron's release list at run time; here its HTTP
 * client is replaced by one that always fails, so it uses its bundled English texts, and the one
 * check that needs the release list is excluded (the Electron version is pinned in package.json and
 * its advisories come from `npm audit`).
 *
 * `npm audit --omit=dev --audit-level=high`: the shipped dependencies must have no high or critical
 * advisory. When the registry's advisory service cannot be reached (the npm mirror of a closed
 * network answers 405) the result is unknown: that is reported loudly, never as a pass, but does
 * not fail the run, since a machine without the service could otherwise never run `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';

const root = join(import.meta.dirname, '..');
/** The source of the Electron main process, preload and renderer; tests are not shipped. */
const scanned = join(root, 'src');
const acceptedFile = join(root, 'scripts/lint-security-accepted.json');
const securityDoc = join(root, 'docs/SECURITY.md');
const excludedChecks = ['AvailableSecurityFixesGlobalCheck'];

const require = createRequire(join(root, 'package.json'));
const toolDir = join(require.resolve('@doyensec/electronegativity/package.json'), '..');
const toolRequire = createRequire(join(toolDir, 'dist', 'runner.js'));

/** No network: every request of the tool's HTTP client fails at once. */
function offlineGot() {
  const refuse = () => Promise.reject(new Error('lint:security runs offline'));
  const got = Object.assign(refuse, { head: refuse, get: refuse });
  const filename = toolRequire.resolve('got');
  const stub = new Module(filename);
  stub.filename = filename;
  stub.loaded = true;
  stub.exports = got;
  require.cache[filename] = stub;
}

/** Finding key: check id and file, relative to the project with forward slashes. */
const keyOf = (id, file) => `${id} ${file}`;
const projectPath = (file) => relative(root, file).split(sep).join('/');

async function scan() {
  offlineGot();
  // Its texts come from i18n's bundled en-US file whatever the machine's locale.
  process.env['LANG'] = 'en-US';
  const run = toolRequire('./runner.js');
  const quietLog = console.log;
  console.log = () => {};
  try {
    return await run({
      input: scanned,
      customScan: [],
      excludeFromScan: excludedChecks.map((check) => check.toLowerCase()),
      isRelative: false,
      isVerbose: false,
      parserPlugins: [],
      // Read from package.json: the tool looks for it only next to the scanned folder.
      electronVersionOverride: require('electron/package.json').version,
    });
  } finally {
    console.log = quietLog;
  }
}

function counts(issues) {
  const found = new Map();
  for (const issue of issues) {
    const key = keyOf(issue.id, projectPath(issue.file));
    const entry = found.get(key) ?? { id: issue.id, file: projectPath(issue.file), places: [] };
    entry.places.push(`${issue.location.line}:${issue.location.column}`);
    found.set(key, entry);
  }
  return found;
}

const result = await scan();
const accepted = JSON.parse(readFileSync(acceptedFile, 'utf8')).accepted;
const doc = readFileSync(securityDoc, 'utf8');
const found = counts(result.issues);
const problems = [];

for (const error of result.errors) {
  problems.push(`could not check ${projectPath(error.file)}: ${error.message}`);
}
const acceptedKeys = new Map(accepted.map((entry) => [keyOf(entry.id, entry.file), entry]));
for (const [key, entry] of found) {
  const allowed = acceptedKeys.get(key);
  if (allowed === undefined) {
    problems.push(`new finding ${entry.id} in ${entry.file} at ${entry.places.join(', ')}`);
  } else if (entry.places.length > allowed.count) {
    problems.push(
      `${entry.id} in ${entry.file}: ${entry.places.length} places (${entry.places.join(', ')}), ${allowed.count} accepted`,
    );
  }
}
for (const [key, entry] of acceptedKeys) {
  const still = found.get(key);
  if (still === undefined || still.places.length < entry.count) {
    problems.push(
      `accepted ${entry.id} in ${entry.file} (${entry.count}) no longer found as often: update the list`,
    );
  }
  if (!doc.includes(entry.id)) problems.push(`docs/SECURITY.md does not explain ${entry.id}`);
}

console.log(
  `electronegativity: ${result.globalChecks + result.atomicChecks} checks over src/, ${result.issues.length} findings (accepted ones are explained in docs/SECURITY.md)`,
);
// Sorted: the tool's own order depends on the file system's.
const listed = [...found.values()].sort(
  (a, b) => a.file.localeCompare(b.file) || a.id.localeCompare(b.id),
);
for (const entry of listed) {
  console.log(`  ${entry.id}  ${entry.file}  ${entry.places.join(', ')}`);
}

/** Advisories of high or critical severity in the production dependencies, or null if unknown. */
function auditShipped() {
  const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
    cwd: root,
    encoding: 'utf8',
  });
  let report;
  try {
    report = JSON.parse(audit.stdout);
  } catch {
    return null;
  }
  if (report.metadata?.vulnerabilities === undefined) return null;
  return Object.values(report.vulnerabilities ?? {})
    .filter((entry) => entry.severity === 'high' || entry.severity === 'critical')
    .map((entry) => `${entry.name} (${entry.severity})`);
}

const advisories = auditShipped();
if (advisories === null) {
  const message = 'npm audit: the advisory service could not be reached; advisories NOT checked';
  console.warn(`\n${message}`);
} else {
  console.log(`npm audit --omit=dev: ${advisories.length} high or critical advisories`);
  for (const advisory of advisories) problems.push(`npm audit: ${advisory}`);
}

if (problems.length > 0) {
  console.error(`\nlint:security failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
