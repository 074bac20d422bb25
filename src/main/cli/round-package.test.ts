import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoundPackage } from '../../shared/domain/rounds';
import { docxText } from '../core/round-output/testing/docx-text';
import {
  createRoundPlan,
  FILE_STEM,
  FIRST_PARAGRAPH,
  type RoundPlan,
} from '../core/round-output/testing/round-plan';
import { makeTestCore, type TestCore } from '../core/testing/test-core';
import { launchingChromiumPrinter } from './chromium-printer';
import { pdfToolsMissing } from './testing';

/**
 * A comment round's whole send-out package, the draft printed by this machine's Chromium (the
 * core's own tests have no printer): the four files side by side, the draft in both formats with
 * its paragraphs numbered, read back with poppler and from the Word package.
 */

const skipReason = pdfToolsMissing('round package tests');

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

describe.skipIf(skipReason !== null)(
  'the send-out package of a round',
  { timeout: 120_000 },
  () => {
    let t: TestCore;
    let printer: ReturnType<typeof launchingChromiumPrinter>;
    let plan: RoundPlan;
    let folder: string;
    let written: RoundPackage;

    beforeAll(async () => {
      printer = launchingChromiumPrinter(process.env);
      t = makeTestCore({ printer });
      plan = await createRoundPlan(t, join(t.dir, 'plan.opsu'));
      await t.value('prefs.update', { name: 'Sanna Sihteeri' });
      folder = join(t.dir, 'lähetys');
      mkdirSync(folder);
      written = await t.value<RoundPackage>('rounds.package', {
        docId: plan.docId,
        roundId: plan.roundId,
        folder,
      });
    }, 600_000);

    afterAll(async () => {
      t?.dispose();
      await printer?.close();
    });

    const pathOf = (kind: RoundPackage['files'][number]['kind']) =>
      written.files.find((file) => file.kind === kind)!.path;

    it('writes the letter, the draft as PDF and DOCX and the form, and nothing else', () => {
      expect(written.folder).toBe(folder);
      expect(written.files.map(({ kind, path }) => [kind, path])).toEqual([
        ['letter', join(folder, `${FILE_STEM} – saate.docx`)],
        ['form', join(folder, `${FILE_STEM} – vastauslomake.xlsx`)],
        ['docx', join(folder, `${FILE_STEM} – luonnos.docx`)],
        ['pdf', join(folder, `${FILE_STEM} – luonnos.pdf`)],
      ]);
      for (const file of written.files) expect(statSync(file.path).size).toBe(file.bytes);
      expect(readdirSync(folder).sort()).toEqual(
        written.files.map((file) => file.path.slice(folder.length + 1)).sort(),
      );
    });

    it('prints the round version as a draft, titled as the plan', () => {
      const info = run('pdfinfo', [pathOf('pdf')]);
      expect(info).toMatch(/^Title:\s+Keski-Suomen alueellinen opiskeluhuoltosuunnitelma$/m);
      expect(info).toMatch(/^Pages:\s+[1-9]/m);
      const text = run('pdftotext', [pathOf('pdf'), '-']).replace(/\u00ad/g, '');
      expect(text).toContain(`versio ${plan.version.number}: Lausunnolle`);
      // Paragraphs numbered within their section, so feedback can say "1.1, kappale 2".
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain(`1 ${FIRST_PARAGRAPH}`);
      expect(flat).toContain(`2 Luvun ${plan.outline[0]!.number} toinen kappale.`);
      expect(flat).toContain(`1 Luvun ${plan.outline[1]!.number} ensimmäinen kappale.`);
    });

    it('gives the Word copy of the same version', async () => {
      const { xml, lines } = await docxText(readFileSync(pathOf('docx')));
      expect(lines.join('\n')).toContain(`versio ${plan.version.number}: Lausunnolle`);
      // Numbered with Word's own numbering, restarting in each section.
      const paragraph = xml.split('</w:p>').find((part) => part.includes(FIRST_PARAGRAPH));
      expect(paragraph).toMatch(/<w:numPr>/);
    });

    it('writes a cover letter naming the other files and the contact', async () => {
      const { lines } = await docxText(readFileSync(pathOf('letter')));
      expect(lines).toContain(`${FILE_STEM} – luonnos.pdf`);
      expect(lines.at(-1)).toBe('Lisätietoja antaa Sanna Sihteeri.');
    });

    it('records the drafts as exports of the round version, where they ended up', async () => {
      await t.value('plan.close', { docId: plan.docId });
      const db = new Database(plan.path, { readonly: true });
      const rows = db.prepare('SELECT format, path, version_id, final FROM exports').all();
      db.close();
      expect(rows).toEqual(
        expect.arrayContaining([
          { format: 'docx', path: pathOf('docx'), version_id: plan.version.id, final: 0 },
          { format: 'pdf', path: pathOf('pdf'), version_id: plan.version.id, final: 0 },
        ]),
      );
      expect(rows).toHaveLength(2);
    });
  },
);
