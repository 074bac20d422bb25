import { expect, test } from './harness/index';
import { SuuntaApp } from './pages/app';

// A journey scans every screen it visits with axe, which takes seconds on a full plan.
test.describe.configure({ timeout: 300_000 });
test.use({ viewport: { width: 1400, height: 900 } });

const SCOPE = '1.1 Suunnitelman tarkoitus ja soveltamisala';
const GOALS = '2 Tavoitteet ja keskeiset periaatteet';
const ROUND = 'Luonnoksen kommenttikierros';

const selectedText = () => document.getSelection()?.toString();

test('she searches the whole plan, opens the hits and replaces a word everywhere, with undo', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  await suunta.open();
  await app.setName('Maija Meikäläinen');
  const path = await app.createPlan({ file: 'search.opsu', region: 'Keravan hyvinvointialue' });
  await app.write(
    SCOPE,
    'Suunnitelma koskee kaikkia oppilaitoksia. Kuraattorin palvelut ovat maksuttomia.',
  );
  await app.write(GOALS, 'Jokaisella koululla on oma kuraattori ja psykologi.');
  await app.saved();
  await app.menu('saveVersion');
  await app.saveVersion('Luonnos');

  // A round with comments, prepared through the core as an import would.
  const { docId, outline } = await app.call<{
    docId: string;
    outline: Array<{ id: string; number: string }>;
  }>('plan.open', { path });
  const sectionId = outline.find((entry) => entry.number === '2')!.id;
  const [kerava] = await app.call<Array<{ id: string }>>('respondents.save', {
    docId,
    respondent: { name: 'Keravan kaupunki', kind: 'municipality' },
  });
  const { id: roundId } = await app.call<{ id: string }>('rounds.create', {
    docId,
    title: ROUND,
    versionId: null,
  });
  for (const text of ['Kuraattoreita tarvitaan lisää.', 'Hyvä linjaus.']) {
    await app.call('comments.add', {
      docId,
      roundId,
      comment: { respondentId: kerava!.id, sectionId, text },
    });
  }

  // After the versions (the round froze one of its own) the text changed: they keep the old words.
  await app.write(SCOPE, ' Kuraattori tavoittaa opiskelijan nopeasti.');

  // Ctrl+Shift+F: the panel opens with the caret in its query field.
  await app.menu('findInPlan');
  const panel = page.getByRole('complementary', { name: 'Hae suunnitelmasta' });
  const query = panel.getByRole('searchbox', { name: 'Hakusanat' });
  await expect(query).toBeFocused();
  await query.fill('kuraattor');
  const status = panel.getByRole('status').last();
  await expect(status).toHaveText('7 osumaa 2 luvussa');

  // Grouped by section in reading order, each hit with its source and marked words.
  const results = panel.getByRole('region', { name: 'Hakutulokset' });
  const groups = results.getByRole('heading');
  await expect(groups).toHaveText([/^1\.1 Suunnitelman.*3 osumaa$/, /^2 Tavoitteet.*4 osumaa$/]);
  const scope = results.getByRole('region', { name: /^1\.1 / });
  const goals = results.getByRole('region', { name: /^2 Tavoitteet/ });
  await expect(scope.getByRole('button')).toHaveText([
    /^Nykyinen teksti \+1 samassa.*Kuraattorin palvelut/,
    /^Versio 2: Luonnoksen kommenttikierros.*Kuraattorin palvelut/,
    /^Versio 1: Luonnos.*Kuraattorin palvelut/,
  ]);
  await expect(goals.getByRole('button')).toHaveText([
    /^Nykyinen teksti/,
    /^Versio 2: /,
    /^Versio 1: /,
    /^Kommentti 1 – Keravan kaupunki.*Kuraattoreita tarvitaan/,
  ]);
  await expect(scope.locator('mark').first()).toHaveText('Kuraattor');
  await suunta.axe();
  await suunta.screenshot('search-panel');

  // Without versions and comments: the current text only.
  await panel.getByRole('checkbox', { name: 'Versiot' }).uncheck();
  await panel.getByRole('checkbox', { name: 'Kommentit' }).uncheck();
  await expect(status).toHaveText('2 osumaa 2 luvussa');
  await panel.getByRole('checkbox', { name: 'Versiot' }).check();
  await panel.getByRole('checkbox', { name: 'Kommentit' }).check();
  await expect(status).toHaveText('7 osumaa 2 luvussa');

  // Arrows through the hits, Enter opens: the passage selected in the text.
  await query.press('ArrowDown');
  await expect(scope.getByRole('button').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(goals.getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(app.editor(SCOPE)).toBeFocused();
  await expect.poll(() => page.evaluate(selectedText)).toBe('Kuraattor');

  // A version hit: the version read-only at that section, the words selected.
  await scope.getByRole('button', { name: /^Versio 1/ }).click();
  await expect(page.getByRole('heading', { name: /^Versio 1/ })).toBeVisible();
  await expect.poll(() => page.evaluate(selectedText)).toBe('Kuraattor');

  // A comment hit: the round's review at that comment.
  await app.showView('Teksti');
  await goals.getByRole('button', { name: /^Kommentti 1/ }).click();
  await expect(
    page.getByRole('heading', { name: `Kommenttien käsittely: ${ROUND}` }),
  ).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Kommentit' }).getByRole('button', { name: /^K1 / }),
  ).toHaveAttribute('aria-current', 'true');

  // Replace across the plan: one word (or one quoted phrase) at a time.
  await app.showView('Teksti');
  await panel.getByRole('button', { name: 'Korvaa…' }).click();
  const replaceAll = panel.getByRole('button', { name: 'Korvaa kaikki…' });
  await query.fill('kuraattori psykologi');
  await expect(panel.getByText(/Korvattava on yksi sana/)).toBeVisible();
  await expect(replaceAll).toBeDisabled();
  await query.fill('kuraattori');
  // Not "Kuraattoreita" of the comment: the word must start with the whole query.
  await expect(status).toHaveText('6 osumaa 2 luvussa');
  await panel.getByRole('textbox', { name: 'Korvaa tekstillä' }).fill('koulukuraattori');
  await replaceAll.click();
  const confirm = page.getByRole('alertdialog', { name: 'Korvataanko kaikki?' });
  await expect(confirm).toContainText('3 kohdassa 2 luvussa');
  await suunta.screenshot('search-replace');
  await confirm.getByRole('button', { name: 'Korvaa kaikki' }).click();
  await expect(panel.getByText('Korvattu 3 kohtaa 2 luvussa.')).toBeVisible();
  await expect(app.editor(SCOPE)).toContainText('Koulukuraattorin palvelut');
  await expect(app.editor(SCOPE)).toContainText('Koulukuraattori tavoittaa');
  await expect(app.editor(GOALS)).toContainText('oma koulukuraattori ja');
  // Versions and comments keep their words.
  await expect(scope.getByRole('button', { name: /^Versio 1/ })).toContainText(
    'Kuraattorin palvelut',
  );
  await suunta.axe();

  // Undo: every section back as it was.
  await panel.getByRole('button', { name: 'Kumoa' }).click();
  await expect(panel.getByText('Korvaus kumottu.')).toBeVisible();
  await expect(app.editor(SCOPE)).toContainText('Kuraattorin palvelut ovat');
  await expect(app.editor(SCOPE)).not.toContainText('oulukuraattori');
  await expect(app.editor(GOALS)).toContainText('oma kuraattori ja');

  // Esc closes the panel; the checklist is back in its place.
  await query.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('complementary', { name: /tarkistuslista/i })).toBeVisible();
});
