import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommentImportPreview } from '../../../shared/domain/comment-import';
import { returnedDocx } from '../comment-import/fixtures';
import { surveyCsv, surveyXlsx } from '../comment-import/survey-fixtures';
import { roundPlan } from '../rounds/testing';
import { checkedCall, hostileRun, runs, seeded, timeout, unzipEntries, variantOf } from './harness';

/**
 * Returned comments (`comments.importPreview`, then `comments.importCommit` of what the preview
 * read) from a Word draft with comments and tracked changes, a survey CSV and a survey workbook,
 * each mutated, truncated and filled with junk: always a Result with an import refusal or an
 * import, memory bounded, and a refusal writes nothing.
 */

let target: { docId: string; roundId: string };
const seeds: Record<
  'docx' | 'csv' | 'xlsx',
  { bytes: Buffer; entries: Awaited<ReturnType<typeof unzipEntries>> | null }
> = {} as never;

const run = hostileRun(async (t) => {
  const plan = await roundPlan(t);
  const round = await plan.round('Lausuntokierros');
  target = { docId: plan.docId, roundId: round.id };
  const rows = [
    ['Organisaatio', 'Luku', 'Kommentti'],
    ['Keravan kaupunki', '1', 'Hyvä johdanto.'],
    ['Tuusulan kunta', '2', 'Lisätkää "tietosuoja"; kiitos.'],
  ];
  const docx = await returnedDocx();
  const xlsx = await surveyXlsx(rows);
  seeds.docx = { bytes: docx, entries: await unzipEntries(docx) };
  seeds.csv = { bytes: surveyCsv(rows), entries: null };
  seeds.xlsx = { bytes: xlsx, entries: await unzipEntries(xlsx) };
});
const { t, figures } = run;

describe('returned comments from a broken file', () => {
  for (const kind of ['docx', 'csv', 'xlsx'] as const) {
    it(
      `${kind}: refused cleanly or imported, never writing on a refusal`,
      { timeout: timeout(120_000) },
      async () => {
        const { bytes: seed, entries } = seeds[kind];
        await fc.assert(
          fc.asyncProperty(variantOf(seed, entries), async (bytes) => {
            const path = join(t.dir, `palaute.${kind}`);
            writeFileSync(path, bytes);
            figures.badInputs++;
            const preview = await checkedCall(run, 'comments.importPreview', {
              ...target,
              files: [{ path }],
            });
            if (!preview.ok) {
              figures.refusedCleanly++;
              return;
            }
            const [file] = (preview.value as CommentImportPreview).files;
            const columns = file!.survey?.columns;
            const commit = await checkedCall(run, 'comments.importCommit', {
              ...target,
              files: [{ path, digest: file!.digest, ...(columns ? { columns } : {}) }],
            });
            if (commit.ok) figures.accepted++;
            else figures.refusedCleanly++;
          }),
          { numRuns: runs(15), ...seeded(8_202) },
        );
        expect(run.meter.growthMb()).toBeLessThan(300);
      },
    );
  }
});
