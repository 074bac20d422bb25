import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { richDocument } from '../docx-import/fixtures';
import { checkedCall, hostileRun, runs, seeded, timeout, unzipEntries, variantOf } from './harness';

/**
 * A Word plan imported (`import.docxPreview`, then `import.docxCreate`) from a real document
 * mutated, truncated and filled with junk, inside and outside its zip: always a Result with an
 * import refusal or a plan, memory bounded, and a refusal writes nothing.
 */

let seed: Buffer;
let entries: Awaited<ReturnType<typeof unzipEntries>>;

const run = hostileRun(async (t) => {
  seed = await richDocument();
  entries = await unzipEntries(seed);
  mkdirSync(join(t.dir, 'created'));
});
const { t, figures } = run;

describe('a Word plan import of a broken document', () => {
  it(
    'refuses it cleanly or imports it, never writing on a refusal',
    { timeout: timeout(120_000) },
    async () => {
      let created = 0;
      await fc.assert(
        fc.asyncProperty(variantOf(seed, entries), async (bytes) => {
          const source = join(t.dir, 'tuotava.docx');
          writeFileSync(source, bytes);
          figures.badInputs++;
          const preview = await checkedCall(run, 'import.docxPreview', { source });
          const sourceDigest = createHash('sha256').update(bytes).digest('hex');
          const path = join(t.dir, 'created', `suunnitelma-${created++}.opsu`);
          const made = await checkedCall(run, 'import.docxCreate', {
            source,
            sourceDigest,
            path,
            title: 'Tuotu suunnitelma',
            region: 'Alue',
            mapping: [],
          });
          // The plan is made from the same bytes as the preview: both refuse or both succeed.
          expect(made.ok).toBe(preview.ok);
          if (!made.ok) {
            figures.refusedCleanly++;
            return;
          }
          figures.accepted++;
          const { docId } = made.value as { docId: string };
          await checkedCall(run, 'plan.close', { docId }, []);
        }),
        { numRuns: runs(20), ...seeded(8_201) },
      );
      expect(figures.refusedCleanly).toBeGreaterThan(0);
      expect(run.meter.growthMb()).toBeLessThan(300);
    },
  );
});
