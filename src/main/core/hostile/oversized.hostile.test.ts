import { writeFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { OpenedPlan } from '../../../shared/ipc';
import type { ErrorCode } from '../../../shared/result';
import { writePlanAtVersion } from '../db/fixtures';
import { packedZip } from '../docx-import/fixtures';
import { checkedCall, hostileRun, timeout } from './harness';
import { deflatedFill } from './zip-bomb';

/**
 * Zip bombs and oversized files at every importer with the app's real limits (the unit tests of
 * the readers use small limits): each refused with TOO_LARGE (or DAMAGED_FILE where the zip lies
 * about its sizes) before it costs much, memory bounded, nothing written.
 */

const MB = 1024 * 1024;
let docId: string;
let roundId: string;

const xml = (text: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>${text}`);
const stored = (name: string, data: Buffer) => ({
  name,
  packed: deflateRawSync(data),
  declaredSize: data.length,
});
const WORD_TYPES = stored(
  '[Content_Types].xml',
  xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
);
const WORKBOOK = stored(
  'xl/workbook.xml',
  xml('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
);
const DOCUMENT_HEAD =
  '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOCUMENT_TAIL = '<w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>';

/** The bombs: [name, bytes, codes it may be refused with]. */
const bombs: Array<[string, Buffer, ErrorCode[]]> = [];

const run = hostileRun(async (t) => {
  const plan = await t.newPlan('suunnitelma.opsu');
  docId = plan.docId;
  roundId = (
    await t.value<{ id: string }>('rounds.create', { docId, title: 'Kierros', versionId: null })
  ).id;
  const document = (size: number) =>
    deflatedFill(size, { head: DOCUMENT_HEAD, tail: DOCUMENT_TAIL });
  // 300 MB of markup honestly declared: over the 256 MB budget, refused before inflating.
  const honest = await document(300 * MB);
  bombs.push([
    'honest.docx',
    packedZip([WORD_TYPES, { name: 'word/document.xml', packed: honest, declaredSize: 300 * MB }]),
    ['TOO_LARGE'],
  ]);
  // The same claiming 1 000 bytes: inflating stops at the declared size.
  bombs.push([
    'lying.docx',
    packedZip([WORD_TYPES, { name: 'word/document.xml', packed: honest, declaredSize: 1000 }]),
    ['DAMAGED_FILE', 'TOO_LARGE'],
  ]);
  // 40 MB of markup in one part: within the budget, but over what one XML part may be (it would
  // cost the Word reader a gigabyte and a minute to parse).
  bombs.push([
    'part.docx',
    packedZip([
      WORD_TYPES,
      { name: 'word/document.xml', packed: await document(40 * MB), declaredSize: 40 * MB },
    ]),
    ['TOO_LARGE'],
  ]);
  // 300 pictures of 1 MB each (one deflated megabyte, reused): over the budget all together.
  const picture = await deflatedFill(MB, { fill: 0 });
  bombs.push([
    'pictures.docx',
    packedZip([
      WORD_TYPES,
      stored('word/document.xml', xml(`${DOCUMENT_HEAD.slice(21)}${DOCUMENT_TAIL}`)),
      ...Array.from({ length: 300 }, (_, i) => ({
        name: `word/media/image${i}.png`,
        packed: picture,
        declaredSize: MB,
      })),
    ]),
    ['TOO_LARGE'],
  ]);
  // 20 000 empty entries: over the entry limit.
  const empty = deflateRawSync(Buffer.alloc(0));
  bombs.push([
    'entries.docx',
    packedZip(
      Array.from({ length: 20_000 }, (_, i) => ({
        name: `x/${i}`,
        packed: empty,
        declaredSize: 0,
      })),
    ),
    ['TOO_LARGE'],
  ]);
  // A workbook whose one sheet is 40 MB of markup, and one of 200 MB.
  for (const size of [40 * MB, 200 * MB]) {
    const sheet = await deflatedFill(size, {
      head: '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
      tail: '</sheetData></worksheet>',
    });
    bombs.push([
      `sheet-${size / MB}.xlsx`,
      packedZip([
        WORD_TYPES,
        WORKBOOK,
        { name: 'xl/worksheets/sheet1.xml', packed: sheet, declaredSize: size },
      ]),
      ['TOO_LARGE'],
    ]);
  }
}, 120_000);
const { t, figures } = run;

/** Every importer a bomb can be handed to. */
const importers = (path: string): Array<[string, object]> => [
  ['import.docxPreview', { source: path }],
  ['comments.importPreview', { docId, roundId, files: [{ path }] }],
  ['staffing.importPreview', { docId, path }],
  ['indicators.importPreview', { docId, path, indicatorId: null }],
];

describe('zip bombs and oversized files', () => {
  it(
    'every importer refuses every zip bomb, bounded and writing nothing',
    { timeout: timeout(180_000) },
    async () => {
      for (const [name, bytes, expected] of bombs) {
        const path = join(t.dir, name);
        writeFileSync(path, bytes);
        for (const [channel, input] of importers(path)) {
          figures.badInputs++;
          // A workbook is no Word file and a Word file no table: WRONG_FORMAT is clean too.
          const answer = await checkedCall(run, channel, input, [...expected, 'WRONG_FORMAT']);
          expect(answer.ok, `${channel} accepted ${name}`).toBe(false);
          figures.refusedCleanly++;
        }
      }
      expect(run.meter.growthMb()).toBeLessThan(300);
    },
  );

  it(
    'every importer refuses a file over its size limit before reading it',
    { timeout: timeout(60_000) },
    async () => {
      // Sparse files: gigabytes on paper, nothing on disk.
      for (const [name, size] of [
        ['iso.docx', 64 * MB + 1],
        ['iso.csv', 32 * MB + 1],
        ['valtava.xlsx', 4 * 1024 * MB],
      ] as const) {
        const path = join(t.dir, name);
        writeFileSync(path, 'PK');
        truncateSync(path, size);
        for (const [channel, input] of importers(path)) {
          figures.badInputs++;
          // The Word and comment readers allow 64 MB, the table readers 32 MB; under its limit
          // a file of zeros is refused for what it is.
          const limit = /^(staffing|indicators)\./.test(channel) ? 32 * MB : 64 * MB;
          const expected: ErrorCode[] =
            size > limit ? ['TOO_LARGE'] : ['DAMAGED_FILE', 'WRONG_FORMAT'];
          const answer = await checkedCall(run, channel, input, expected);
          if (answer.ok) throw new Error(`${channel} accepted ${name}`);
          figures.refusedCleanly++;
        }
      }
      expect(run.meter.growthMb()).toBeLessThan(300);
    },
  );

  it(
    'opening a huge plan file is refused or bounded, writing nothing',
    { timeout: timeout(60_000) },
    async () => {
      const zeros = join(t.dir, 'nollia.opsu');
      writeFileSync(zeros, '');
      truncateSync(zeros, 4 * 1024 * MB);
      // A real plan with a gigabyte of nothing after its pages.
      const padded = join(t.dir, 'venytetty.opsu');
      writePlanAtVersion(padded);
      truncateSync(padded, 1024 * MB);
      for (const path of [zeros, padded]) {
        figures.badInputs++;
        const answer = await checkedCall(run, 'plan.open', { path }, ['NOT_A_PLAN', 'CORRUPT']);
        if (answer.ok) {
          figures.accepted++;
          await checkedCall(run, 'plan.close', { docId: (answer.value as OpenedPlan).docId }, []);
        } else figures.refusedCleanly++;
      }
      expect(run.meter.growthMb()).toBeLessThan(300);
    },
  );
});
