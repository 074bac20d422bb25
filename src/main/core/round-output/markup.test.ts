import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedPlan } from '../../../shared/ipc';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { docxText } from './testing/docx-text';
import { createRoundPlan, type RoundPlan } from './testing/round-plan';

/**
 * Comments come from outside organisations (typed in, Word comments, survey answers): in the
 * summary they stay text. In Word the markup is literal text; in the CSV for Excel no cell can
 * start a formula, not even one of several lines or one with a full-width sign.
 */

const MARKUP = '<script>alert(1)</script> <img src=x onerror=alert(1)>';
const formulas = {
  'c-1': `${MARKUP}\n=toinen rivi`,
  'c-2': '-1+1',
  // Papa's own pattern misses a formula cell with a line break.
  'c-3': '=HYPERLINK("http://example.com";"klikkaa")\nToinen rivi.',
  'c-4': '\uFF1D1+2',
};

let t: TestCore;
let plan: RoundPlan;

beforeAll(async () => {
  t = makeTestCore();
  const made = await createRoundPlan(t, join(t.dir, 'plan.opsu'));
  await t.value('plan.close', { docId: made.docId });
  const db = new Database(made.path);
  const comment = db.prepare('UPDATE comments SET text = ? WHERE id = ?');
  for (const [id, text] of Object.entries(formulas)) comment.run(text, id);
  db.prepare("UPDATE comments SET source = 'docx', response = ? WHERE id = 'c-1'").run(MARKUP);
  db.prepare("UPDATE respondents SET name = ? WHERE id = 'r-jkl'").run(`@${MARKUP}`);
  db.prepare("UPDATE rounds SET title = ? WHERE id = 'round-1'").run(`Kierros ${MARKUP}`);
  db.close();
  const reopened = await t.value<OpenedPlan>('plan.open', { path: made.path });
  plan = { ...made, docId: reopened.docId };
}, 60_000);
afterAll(() => t?.dispose());

const exportSummary = async (format: 'csv' | 'docx') => {
  const written = await t.value<{ path: string }>('comments.exportSummary', {
    docId: plan.docId,
    roundId: plan.roundId,
    format,
    path: join(t.dir, `kooste.${format}`),
  });
  return readFileSync(written.path);
};

describe('markup and formulas in the comment summary', () => {
  it('CSV: every cell that starts like a formula gets an apostrophe, markup stays text', async () => {
    const rows = Papa.parse<string[]>((await exportSummary('csv')).toString('utf8').slice(1), {
      delimiter: ';',
    }).data;
    const cells = rows.flat();
    expect(cells).toContain(`'${formulas['c-3']}`);
    expect(cells).toContain(`'${formulas['c-2']}`);
    expect(cells).toContain(`'${formulas['c-4']}`);
    expect(cells).toContain(`'@${MARKUP}`);
    expect(cells).toContain(formulas['c-1']);
    expect(cells.filter((cell) => /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell))).toEqual([]);
  });

  it('Word: the markup is literal text in the runs, not markup in the XML', async () => {
    const { xml, lines } = await docxText(await exportSummary('docx'));
    const text = lines.join('\n');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain(`Kierros ${MARKUP}`);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<img');
  });
});
