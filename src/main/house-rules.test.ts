import { readdirSync, readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The rules of the house (shared/design.md) are lint rules, so a wrong import fails `npm test`.
 * These cases lint a line of code as if it stood in a file of each room.
 */
// Spelt apart so that a text search for electron imports outside the shell finds none here.
const electron = "'electron'";
const cases: Array<[room: string, file: string, code: string, allowed: boolean]> = [
  ['the core', 'src/main/core/plans/service.ts', `import { app } from ${electron};`, false],
  ['the core', 'src/main/core/index.ts', "import { x } from '../shell/ipc';", false],
  ['the CLI', 'src/main/cli/run.ts', `import { dialog } from ${electron};`, false],
  ['the contract', 'src/shared/ipc.ts', "import { readFileSync } from 'node:fs';", false],
  ['the contract', 'src/shared/api.ts', 'export const title = document.title;', false],
  ['the renderer', 'src/renderer/src/main.tsx', "import Database from 'better-sqlite3';", false],
  ['the renderer', 'src/renderer/src/main.tsx', `import { ipcRenderer } from ${electron};`, false],
  ['the shell', 'src/main/shell/ipc.ts', `import { ipcMain } from ${electron};`, true],
  ['preload', 'src/main/preload.ts', `import { contextBridge } from ${electron};`, true],
];

const houseRules = ['no-restricted-imports', 'no-restricted-globals'];

describe('house rules', () => {
  // The project's own config, running only the house rules: they need no types, and without
  // building the type-aware program of the whole project each case lints in milliseconds.
  const eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfig: tseslint.configs.disableTypeChecked,
    ruleFilter: ({ ruleId }) => houseRules.includes(ruleId),
  });

  it.each(cases)('%s (%s): %s', { timeout: 60_000 }, async (_room, file, code, allowed) => {
    const [result] = await eslint.lintText(`${code}\nexport const used = [];\n`, {
      filePath: file,
    });
    const refusals = result!.messages.filter((message) =>
      houseRules.includes(message.ruleId ?? ''),
    );
    expect(refusals.length > 0).toBe(!allowed);
  });
});

/**
 * Unit test files share one module registry per worker (vitest.config.ts), so a file that
 * replaces a module or spies on one would leak that into the files after it. Each such file must
 * be in the config's isolated list.
 */
describe('test isolation', () => {
  const mocks = /\bvi\.(mock|doMock|spyOn|stubGlobal|stubEnv)\(/;
  const testFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return testFiles(path);
      return entry.name.endsWith('.test.ts') ? [path] : [];
    });

  it('runs every test file that mocks or spies in isolation', () => {
    const config = /const mocking = \[([^\]]*)\]/.exec(
      readFileSync('vitest.config.ts', 'utf8'),
    )![1]!;
    const listed = (file: string) =>
      config.includes(`'${file}'`) ||
      file
        .split('/')
        .some((_part, index, parts) =>
          config.includes(`'${parts.slice(0, index).join('/')}/**/*.test.ts'`),
        );
    const self = 'src/main/house-rules.test.ts';
    const mocking = testFiles('src').filter(
      (file) => file !== self && mocks.test(readFileSync(file, 'utf8')),
    );
    expect(mocking.length).toBeGreaterThan(0);
    expect(mocking.filter((file) => !listed(file))).toEqual([]);
  });
});
