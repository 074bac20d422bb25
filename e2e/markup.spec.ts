import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from './harness/index';
import { SuuntaApp } from './pages/app';

/**
 * A plan mailed in by someone hostile: its title, a section title and text, a comment typed in
 * and a comment imported from Word all hold markup, a link points at javascript:, and another
 * section's stored JSON has a node type the editor does not know. The app shows all of it as
 * text: no element comes from the data, nothing runs, no dangerous link can be clicked.
 */

test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 1400, height: 900 } });

const PWN = 'window.__pwned=1';
const TITLE = `<script>${PWN}</script> Suunnitelma`;
const SECTION = `<img src=x onerror="${PWN}"> Tarkoitus`;
const TEXT = `<b>lihava</b> <script>${PWN}</script> <img src=x onerror="${PWN}">`;
const COMMENT = `<iframe src="javascript:${PWN}"></iframe> Kommentti`;
const WORD_COMMENT = `<svg onload="${PWN}"></svg> Word-kommentti`;

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0 });
const link = (url: string, label: string) => ({
  type: 'link',
  version: 1,
  url,
  children: [text(label)],
});
const state = (...children: object[]) =>
  JSON.stringify({ root: { type: 'root', version: 1, children } });

test('markup in a plan is shown as text and never runs', async ({ suunta }) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  const path = join(suunta.dir, 'merkinnat.opsu');

  // The plan as it arrived, written through the core and then straight into the file.
  const setup = { senderId: 'test-setup' };
  const must = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await suunta.core.handle(channel, input, setup);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
    return result.value as T;
  };
  const plan = await must<{ docId: string; outline: Array<{ id: string; number: string }> }>(
    'plan.create',
    { path, title: TITLE, region: 'Keski-Uudenmaan hyvinvointialue' },
  );
  const { docId } = plan;
  const first = plan.outline.find((entry) => entry.number === '1.1')!.id;
  const second = plan.outline.find((entry) => entry.number === '1.2')!.id;
  await must('outline.rename', { docId, sectionId: first, title: SECTION });
  await must('section.save', {
    docId,
    sectionId: first,
    content: state({
      type: 'paragraph',
      version: 1,
      children: [
        text(TEXT),
        link(`javascript:${PWN}`, ' skriptilinkki'),
        link('https://www.finlex.fi/', ' Finlex'),
      ],
    }),
  });
  await must('respondents.save', {
    docId,
    respondent: { name: 'Keravan kaupunki', kind: 'municipality' },
  });
  const [respondent] = await must<Array<{ id: string }>>('respondents.list', { docId });
  const { id: roundId } = await must<{ id: string }>('rounds.create', {
    docId,
    title: 'Kevään kierros',
    versionId: null,
  });
  for (const comment of [COMMENT, WORD_COMMENT]) {
    await must('comments.add', {
      docId,
      roundId,
      comment: { respondentId: respondent!.id, sectionId: first, text: comment },
    });
  }
  await must('plan.close', { docId });
  suunta.core.releaseSender(setup.senderId);
  const db = new Database(path);
  db.prepare(
    "UPDATE comments SET source = 'docx', source_file = 'lausunto.docx', source_author = ? WHERE text = ?",
  ).run(`<script>${PWN}</script>`, WORD_COMMENT);
  db.prepare('UPDATE sections SET content = ? WHERE id = ?').run(
    state({ type: 'html', version: 1, html: `<script>${PWN}</script>`, children: [] }),
    second,
  );
  db.close();

  await suunta.open();
  suunta.dialogs.queueOpenPath(path);
  await page.getByRole('button', { name: /^Avaa…/ }).click();
  const editor = app.editor(/^1\.1 /);
  // The whole plan loads first; on a busy machine that can take a while.
  await expect(editor).toContainText(TEXT, { timeout: 30_000 });
  await expect(app.row(/^1\.1 /)).toContainText(SECTION);
  await expect(page.getByText(TITLE).first()).toBeVisible();
  // The section whose JSON the editor does not know starts empty and says why.
  await expect(page.getByText('Luvun tallennettua tekstiä ei voitu lukea').first()).toBeVisible();

  const noInjection = async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
      undefined,
    );
    await expect(
      page.locator('body script, iframe, [onerror], [onload], img[src="x"]'),
    ).toHaveCount(0);
    await expect(
      page.locator('a[href^="javascript:" i], a[href^="data:" i], a[href^="file:" i]'),
    ).toHaveCount(0);
  };
  await noInjection();
  // The javascript: link lost its link and kept its text; the web link is still a link.
  await expect(editor).toContainText('skriptilinkki');
  await expect(editor.locator('a')).toHaveCount(1);
  await expect(editor.locator('a')).toHaveText('Finlex');
  await app.check('markup-document');

  // The comments in the review, one typed in and one from Word.
  await app.menu('showRounds');
  await page.getByRole('button', { name: 'Kevään kierros', exact: true }).click();
  await page.getByRole('button', { name: 'Käsittele kommentit' }).click();
  await expect(page.getByText(COMMENT).first()).toBeVisible();
  await expect(page.getByText(WORD_COMMENT).first()).toBeVisible();
  await noInjection();
  await page.getByRole('list', { name: 'Kommentit' }).getByRole('button', { name: /^K2 / }).click();
  await expect(page.getByText('Word-kommentti').last()).toBeVisible();
  await noInjection();
  await app.check('markup-review');
});
