import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreError } from '../errors';
import { writeAllOrNothing, type NewFile } from './write-all';

/** All files or none, whatever fails on the way. */

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'suunta-write-all-'));
  writeFileSync(join(folder, 'aiempi.txt'), 'jo täällä');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const file = (name: string, text = name): NewFile<'text'> => ({
  kind: 'text',
  name,
  write: (path) => writeFile(path, text),
});
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof CoreError ? error.code : String(error)),
  );

describe('writeAllOrNothing', () => {
  it('writes every file in place and reports its path and size', async () => {
    const written = await writeAllOrNothing(folder, [file('a.txt'), file('b.txt', 'bbbb')]);
    expect(written.files).toEqual([
      { kind: 'text', path: join(written.folder, 'a.txt'), bytes: 5 },
      { kind: 'text', path: join(written.folder, 'b.txt'), bytes: 4 },
    ]);
    expect(readFileSync(join(folder, 'b.txt'), 'utf8')).toBe('bbbb');
    expect(readdirSync(folder).sort()).toEqual(['a.txt', 'aiempi.txt', 'b.txt']);
  });

  it('refuses a taken name before writing anything', async () => {
    mkdirSync(join(folder, 'b.txt'));
    let wrote = false;
    const error = await writeAllOrNothing(folder, [
      { kind: 'text', name: 'a.txt', write: () => ((wrote = true), Promise.resolve()) },
      file('b.txt'),
    ]).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'FILE_EXISTS', details: { path: join(folder, 'b.txt') } });
    expect(wrote).toBe(false);
    expect(readdirSync(folder).sort()).toEqual(['aiempi.txt', 'b.txt']);
  });

  it('leaves nothing when the last file fails to render', async () => {
    const failing: NewFile<'text'> = {
      kind: 'text',
      name: 'c.txt',
      write: () => Promise.reject(new CoreError('UNSUPPORTED')),
    };
    expect(await codeOf(writeAllOrNothing(folder, [file('a.txt'), file('b.txt'), failing]))).toBe(
      'UNSUPPORTED',
    );
    expect(readdirSync(folder)).toEqual(['aiempi.txt']);
  });

  it('checks the names again before moving the files into place', async () => {
    // The last name is taken while the files are being rendered.
    const late: NewFile<'text'> = {
      kind: 'text',
      name: 'c.txt',
      write: async (path) => {
        await writeFile(path, 'c');
        mkdirSync(join(folder, 'c.txt'));
      },
    };
    expect(await codeOf(writeAllOrNothing(folder, [file('a.txt'), file('b.txt'), late]))).toBe(
      'FILE_EXISTS',
    );
    expect(readdirSync(folder).sort()).toEqual(['aiempi.txt', 'c.txt']);
  });

  it('takes back the files already moved when the last cannot be moved into place', async () => {
    const lost: NewFile<'text'> = { kind: 'text', name: 'c.txt', write: () => Promise.resolve() };
    expect(await codeOf(writeAllOrNothing(folder, [file('a.txt'), file('b.txt'), lost]))).toBe(
      'FILE_NOT_FOUND',
    );
    expect(readdirSync(folder)).toEqual(['aiempi.txt']);
  });

  it('needs an existing folder given as an absolute path', async () => {
    expect(await codeOf(writeAllOrNothing(join(folder, 'ei-ole'), [file('a.txt')]))).toBe(
      'FILE_NOT_FOUND',
    );
    expect(await codeOf(writeAllOrNothing('suhteellinen', [file('a.txt')]))).toBe('INVALID_INPUT');
    expect(await codeOf(writeAllOrNothing(join(folder, 'aiempi.txt'), [file('a.txt')]))).toBe(
      'INVALID_INPUT',
    );
  });
});
