import { expect, test } from './harness/index';
import { SuuntaApp } from './pages/app';

// A journey scans the find bar with axe, which takes seconds.
test.describe.configure({ timeout: 120_000 });
test.use({ viewport: { width: 1400, height: 900 } });

const SCOPE = '1.1 Suunnitelman tarkoitus ja soveltamisala';
const TEXT =
  'Kuraattori tapaa opiskelijat. Koulukuraattori ja kuraattorin työ kuuluvat opiskeluhuoltoon. ' +
  'KURAATTORI vastaa.';

test('Etsi luvusta: count, next and previous, Esc selects, replace one and all, Ctrl+Z undoes', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  await suunta.open();
  const path = await app.createPlan({ file: 'find.opsu', region: 'Pirkanmaan hyvinvointialue' });
  // Another section holds the word too: the find bar looks only in the section being written.
  await app.write('1 Johdanto', 'Kuraattori mainitaan johdannossa.');
  await app.write(SCOPE, TEXT);
  const editor = app.editor(SCOPE);

  await app.menu('find');
  const bar = page.getByRole('search', { name: `Etsi luvusta ${SCOPE}` });
  const query = bar.getByLabel('Etsi', { exact: true });
  const count = bar.getByRole('status').first();
  await expect(query).toBeFocused();
  await query.fill('kuraattori');
  // "Koulukuraattori" does not start with the word: three matches, the first one current.
  await expect(count).toHaveText('1 / 3');
  const highlighted = () =>
    page.evaluate(() => ({
      all: [...(CSS.highlights.get('suunta-find')?.keys() ?? [])].map(String),
      current: [...(CSS.highlights.get('suunta-find-current')?.keys() ?? [])].map(String),
    }));
  await expect.poll(highlighted).toEqual({
    all: ['Kuraattori', 'kuraattori', 'KURAATTORI'],
    current: ['Kuraattori'],
  });
  await suunta.axe();

  await query.press('Enter');
  await expect(count).toHaveText('2 / 3');
  await query.press('Shift+Enter');
  await expect(count).toHaveText('1 / 3');
  await page.keyboard.press('F3');
  await expect(count).toHaveText('2 / 3');
  await bar.getByRole('button', { name: /^Seuraava osuma/ }).click();
  await expect(count).toHaveText('3 / 3');
  await bar.getByRole('button', { name: /^Seuraava osuma/ }).click();
  await expect(count).toHaveText('1 / 3');
  await page.keyboard.press('Shift+F3');
  await expect(count).toHaveText('3 / 3');
  await bar.getByRole('button', { name: /^Edellinen osuma/ }).click();
  await expect(count).toHaveText('2 / 3');
  await expect.poll(highlighted).toMatchObject({ current: ['kuraattori'] });

  // Esc (here from the query field): back in the text with the current match selected.
  await query.focus();
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await expect(editor).toBeFocused();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('kuraattori');
  await expect.poll(highlighted).toEqual({ all: [], current: [] });

  // The matches follow what she writes while the bar is open.
  await app.menu('find');
  await expect(query).toHaveValue('kuraattori');
  await app.caretToEnd(SCOPE);
  await page.keyboard.type(' Kuraattorit tarvitaan.');
  await expect(count).toHaveText(/^\d \/ 4$/);

  // Several words are found but not replaced: Replace takes one word or one quoted phrase.
  await app.menu('replace');
  const replacement = bar.getByLabel('Korvaa tekstillä');
  const replaceOne = bar.getByRole('button', { name: 'Korvaa', exact: true });
  const replaceAll = bar.getByRole('button', { name: 'Korvaa kaikki' });
  await expect(replacement).toBeFocused();
  await query.fill('kuraattori työ');
  await expect(count).toHaveText('1 / 5');
  await expect(replaceOne).toHaveAttribute('aria-disabled', 'true');
  await expect(replaceAll).toHaveAttribute('aria-disabled', 'true');
  await expect(bar.getByText(/lainausmerkeissä olevan ilmauksen/)).toBeVisible();

  // Replace one: the current match, in its case; the next one becomes current.
  await query.fill('kuraattori');
  await expect(count).toHaveText('1 / 4');
  await replacement.fill('psykologi');
  await app.check('find-bar');
  await replaceOne.click();
  await expect(editor).toContainText('Psykologi tapaa opiskelijat.');
  await expect(count).toHaveText('1 / 3');
  await expect(bar.getByText('Korvattu 1 kohta. Ctrl+Z kumoaa.')).toBeVisible();

  // Replace all: the rest of this section, nothing elsewhere.
  await replaceAll.click();
  await expect(count).toHaveText('Ei osumia');
  await expect(replaceAll).toBeFocused();
  await expect(bar.getByText('Korvattu 3 kohtaa. Ctrl+Z kumoaa.')).toBeVisible();
  const replaced =
    'Psykologi tapaa opiskelijat. Koulukuraattori ja psykologin työ kuuluvat opiskeluhuoltoon. ' +
    'PSYKOLOGI vastaa. Psykologit tarvitaan.';
  await expect(editor).toHaveText(replaced);
  await expect(app.editor('1 Johdanto')).toHaveText('Kuraattori mainitaan johdannossa.');
  await app.saved();
  expect(await app.stored(path, '1.1')).toContain('PSYKOLOGI vastaa.');

  // Ctrl+Z takes back "Korvaa kaikki" in one step, then the single replacement.
  await page.keyboard.press('Escape');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(editor).toHaveText(
    'Psykologi tapaa opiskelijat. Koulukuraattori ja kuraattorin työ kuuluvat opiskeluhuoltoon. ' +
      'KURAATTORI vastaa. Kuraattorit tarvitaan.',
  );
  await page.keyboard.press('Control+z');
  await expect(editor).toHaveText(`${TEXT} Kuraattorit tarvitaan.`);
  await page.keyboard.press('Control+y');
  await page.keyboard.press('Control+y');
  await expect(editor).toHaveText(replaced);
  await app.saved();
  expect(await app.stored(path, '1.1')).toContain('PSYKOLOGI vastaa.');

  // "Hae koko suunnitelmasta" hands the query to the plan-wide search.
  await app.menu('find');
  await query.fill('kuraattori');
  await bar.getByRole('button', { name: 'Hae koko suunnitelmasta' }).click();
  await expect(bar).toBeHidden();
  await expect(
    page.getByRole('complementary', { name: 'Hae suunnitelmasta' }).getByLabel('Hakusanat'),
  ).toHaveValue('kuraattori');
  await expect.poll(highlighted).toEqual({ all: [], current: [] });
});
