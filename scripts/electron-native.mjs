#!/usr/bin/env node
/**
 * Builds better-sqlite3 for Electron's ABI into .electron-native/ (run by `prestart`).
 *
 * node_modules keeps its Node build, which the tests and the command line use; the app passes the
 * build made here to better-sqlite3 as `nativeBinding` (src/main/index.ts). The work happens in a
 * copy of the package, so node_modules is never touched, not even by a failed build. It needs the
 * internet: a prebuilt binary is downloaded with prebuild-install, or else the copy is compiled
 * with node-gyp against Electron's headers.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const outDir = join(root, '.electron-native');
/** The path src/main/index.ts looks for. */
const binding = join(outDir, 'better_sqlite3.node');
const stampFile = join(outDir, 'stamp.json');
const work = join(outDir, 'better-sqlite3');

const require = createRequire(join(root, 'package.json'));
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const electronVersion = readJson(require.resolve('electron/package.json')).version;
const sqliteVersion = readJson(join(sqliteDir, 'package.json')).version;
const stamp = JSON.stringify({
  electron: electronVersion,
  betterSqlite3: sqliteVersion,
  platform: process.platform,
  arch: process.arch,
});
const what = `better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${process.arch})`;

if (existsSync(binding) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
  console.log(`${what} is ready in .electron-native/`);
  process.exit(0);
}

rmSync(work, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
cpSync(sqliteDir, work, {
  recursive: true,
  filter: (source) => source !== join(sqliteDir, 'build'),
});

const run = (args) =>
  spawnSync(process.execPath, args, { cwd: work, stdio: 'inherit' }).status === 0;
const built = join(work, 'build', 'Release', 'better_sqlite3.node');

/** npm's own node-gyp: npm names it to the scripts it runs; else next to this Node. */
function nodeGyp() {
  const candidates = [
    process.env['npm_config_node_gyp'],
    join(
      dirname(process.execPath),
      '../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
    ),
    join(dirname(process.execPath), 'node_modules/npm/node_modules/node-gyp/bin/node-gyp.js'),
  ];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

console.log(`Building ${what} in .electron-native/ …`);
const downloaded =
  run([
    require.resolve('prebuild-install/bin.js'),
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${process.arch}`,
    `--platform=${process.platform}`,
  ]) && existsSync(built);
const gyp = downloaded ? undefined : nodeGyp();
const compiled =
  gyp !== undefined &&
  run([
    gyp,
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    `--arch=${process.arch}`,
    '--dist-url=https://electronjs.org/headers',
    `--devdir=${join(outDir, 'headers')}`,
  ]) &&
  existsSync(built);

if (downloaded || compiled) {
  copyFileSync(built, binding);
  writeFileSync(stampFile, stamp);
  rmSync(work, { recursive: true, force: true });
  console.log(`${what} is ready in .electron-native/`);
} else {
  rmSync(work, { recursive: true, force: true });
  console.error(`
Could not build ${what}.
The app's database module must be built for Electron's ABI. That needs the internet (a prebuilt
binary, or Electron's headers to compile against with Python, make and a C++ compiler).
The tests (npm test) and the command line (npx suunta) do not need it: they use the Node build in
node_modules. To run the app, run \`npm start\` again with internet access, or copy a
.electron-native/ folder made on a machine with the same platform and Electron version.`);
  process.exit(1);
}
