import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compoundFile, docxBuffer, para, writeFixture, zipBuffer } from './fixtures';
import { defaultLimits } from './limits';
import { readDocxSource } from './read-source';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'suunta-docx-source-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, bytes: Buffer) => writeFixture(join(dir, name), bytes);
const refusal = (path: string, limits = defaultLimits) =>
  readDocxSource(path, limits).then(
    () => expect.fail('read'),
    (error: unknown) => error as { code: string; details?: Record<string, unknown> },
  );
const xml = (text: string) => Buffer.from(`<?xml version="1.0"?>${text}`);

describe('reading a Word file safely', { timeout: 60_000 }, () => {
  it('reads a real .docx and digests its bytes', async () => {
    const source = await readDocxSource(file('a.docx', await docxBuffer([para('Teksti')])));
    expect(source.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(source.parts.document).toContain('Teksti');
  });

  it('names what a non-Word file is', async () => {
    expect(await refusal(file('random.docx', randomBytes(4096)))).toMatchObject({
      code: 'WRONG_FORMAT',
      details: { found: 'unknown' },
    });
    const kinds: Array<[string, string]> = [
      ['xl/workbook.xml', 'xlsx'],
      ['ppt/presentation.xml', 'pptx'],
      ['mimetype', 'odt'],
      ['readme.txt', 'zip'],
    ];
    for (const [entry, found] of kinds) {
      const zip = zipBuffer([{ name: entry, data: xml('<x/>') }]);
      expect(await refusal(file(`${found}.docx`, zip))).toMatchObject({
        code: 'WRONG_FORMAT',
        details: { found },
      });
    }
  });

  it('tells a legacy .doc from a password-protected .docx', async () => {
    expect(await refusal(file('old.doc', compoundFile(['WordDocument', '1Table'])))).toMatchObject({
      code: 'WRONG_FORMAT',
      details: { found: 'doc' },
    });
    const encrypted = compoundFile(['EncryptionInfo', 'EncryptedPackage']);
    expect(await refusal(file('secret.docx', encrypted))).toMatchObject({ code: 'ENCRYPTED' });
  });

  it('calls a truncated file damaged', async () => {
    const whole = await docxBuffer([para('Teksti, joka katkeaa.')]);
    for (const length of [200, Math.floor(whole.length / 2), whole.length - 10]) {
      expect(await refusal(file(`cut-${length}.docx`, whole.subarray(0, length)))).toMatchObject({
        code: 'DAMAGED_FILE',
      });
    }
  });

  it('calls a zip whose sizes lie damaged', async () => {
    const lying = zipBuffer([
      { name: 'word/document.xml', data: Buffer.alloc(5000, 32), declaredSize: 100 },
    ]);
    expect(await refusal(file('lying.docx', lying))).toMatchObject({ code: 'DAMAGED_FILE' });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const path = file('big.docx', await docxBuffer([para('Teksti')]));
    expect(await refusal(path, { ...defaultLimits, maxBytes: 1024 })).toMatchObject({
      code: 'TOO_LARGE',
      details: { limit: 'packed' },
    });
  });

  it('stops inflating a zip bomb at the unpacked limit', async () => {
    const limits = { ...defaultLimits, maxUnpackedBytes: 1024 * 1024 };
    const bomb = Buffer.alloc(20 * 1024 * 1024, 0x20);
    const honest = zipBuffer([{ name: 'word/document.xml', data: bomb }]);
    expect(honest.length).toBeLessThan(100_000);
    expect(await refusal(file('bomb.docx', honest), limits)).toMatchObject({
      code: 'TOO_LARGE',
      details: { limit: 'unpacked', limitMb: 1 },
    });
    // Declaring a small size does not help: inflating stops at the size yauzl was told.
    const lying = zipBuffer([{ name: 'word/document.xml', data: bomb, declaredSize: 1000 }]);
    expect((await refusal(file('bomb2.docx', lying), limits)).code).toMatch(
      /^(TOO_LARGE|DAMAGED_FILE)$/,
    );
    const many = zipBuffer(
      Array.from({ length: 20 }, (_, i) => ({ name: `part${i}.xml`, data: xml('<x/>') })),
    );
    expect(await refusal(file('many.docx', many), { ...limits, maxEntries: 10 })).toMatchObject({
      code: 'TOO_LARGE',
    });
  });

  it('reports a missing file or a folder', async () => {
    expect(await refusal(join(dir, 'missing.docx'))).toMatchObject({
      code: 'FILE_NOT_FOUND',
      details: { path: join(dir, 'missing.docx') },
    });
    mkdirSync(join(dir, 'folder.docx'));
    expect(await refusal(join(dir, 'folder.docx'))).toMatchObject({ code: 'WRONG_FORMAT' });
  });

  it('writes nothing, whatever it reads', async () => {
    file('random.docx', randomBytes(100));
    const before = readdirSync(dir);
    await refusal(join(dir, 'random.docx'));
    expect(readdirSync(dir)).toEqual(before);
  });
});
