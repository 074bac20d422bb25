import type { Locator } from '@playwright/test';
import { expect, test } from './harness/index';
import { SuuntaApp } from './pages/app';

// A journey scans every screen it visits with axe, which takes seconds on a full plan.
test.describe.configure({ timeout: 180_000 });
// The size of a small laptop screen, where the screenshots are judged.
test.use({ viewport: { width: 1280, height: 800 } });

const SCOPE = '1.1 Suunnitelman tarkoitus ja soveltamisala';
const FIRST_TEXT = 'Suunnitelma koskee koulu- ja opiskeluterveydenhuoltoa koko alueella.';
const SECOND_TEXT =
  'Suunnitelma koskee koulu- ja opiskeluterveydenhuoltoa koko hyvinvointialueella ja kunnissa.';
const THIRD_TEXT = `${SECOND_TEXT} Kuraattoreita on yksi 600 opiskelijaa kohden.`;

/** Helsinki time on the plan's working day; each step of the journey happens an hour later. */
const at = (hour: number) => `2026-11-24T${String(hour).padStart(2, '0')}:00:00+02:00`;

test('versions: save, list, compare, read-only view; section history with restore and undo', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  await suunta.open();

  // Versions record who saved them: her name from the preferences.
  await app.setName('Maija Meikäläinen');

  suunta.clock.set(at(9));
  await app.createPlan({ file: 'versions.opsu', region: 'Keski-Uudenmaan hyvinvointialue' });
  await app.write(SCOPE, FIRST_TEXT);
  await app.saved();

  // No versions yet: the view explains them and offers to save the first.
  await app.showView('Versiot');
  const view = page.getByRole('main', { name: 'Versiot' });
  await expect(view.getByRole('heading', { name: 'Ei vielä versioita' })).toBeVisible();
  await view.getByRole('button', { name: 'Tallenna ensimmäinen versio…' }).click();
  const saveDialog = page.getByRole('dialog', { name: 'Tallenna versio' });
  // The name is prefilled with today's draft in Finnish.
  await expect(saveDialog.getByLabel('Nimi')).toHaveValue(/^Luonnos \d{1,2}\.\d{1,2}\.\d{4}$/);
  const firstToast = await app.saveVersion(
    'Luonnos kommenttikierrokselle',
    'Lähetetty oppilaitoksille',
  );
  expect(firstToast).toMatch(/^Versio 1 tallennettu/);
  const table = view.getByRole('table', { name: 'Suunnitelman versiot, uusin ensin' });
  await expect(table.getByRole('row')).toHaveCount(2);

  // She edits: changes words, renames the introduction and adds a section at the end.
  await app.showView('Teksti');
  suunta.clock.set(at(10));
  await app.caretToEnd(SCOPE);
  for (let i = 0; i < 'alueella.'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('hyvinvointialueella ja kunnissa.');
  await expect(app.editor(SCOPE)).toHaveText(SECOND_TEXT);
  await app.row(/^1 Johdanto/).focus();
  await page.keyboard.press('F2');
  await page.keyboard.type('Johdanto ja tausta');
  await page.keyboard.press('Enter');
  await expect(app.row('1 Johdanto ja tausta')).toBeVisible();
  await app.row(/^\d+ Liitteet/).click();
  await page.getByRole('button', { name: 'Lisää luku' }).click();
  const name = app.outline.getByRole('textbox', { name: 'Luvun nimi' });
  await name.fill('Seuranta ja arviointi');
  await name.press('Enter');
  const added = (await app.outlineText()).find((line) => line.endsWith('Seuranta ja arviointi'))!;
  const addedTitle = added.trim();
  await app.write(addedTitle, 'Suunnitelman toteutumista seurataan vuosittain.');
  await app.saved();

  // Ctrl+Shift+S (the menu) saves version 2 from the text view.
  await app.menu('saveVersion');
  const secondToast = await app.saveVersion('Lautakunnalle');
  expect(secondToast).toMatch(/^Versio 2 tallennettu/);

  // The list: newest first, with kind, time, who, words and a short digest to copy.
  await app.showView('Versiot');
  await expect(table.getByRole('row')).toHaveCount(3);
  const rows = table.getByRole('row');
  await expect(rows.nth(1)).toContainText('Lautakunnalle');
  await expect(rows.nth(2)).toContainText('Luonnos kommenttikierrokselle');
  await expect(rows.nth(2)).toContainText('Lähetetty oppilaitoksille');
  await expect(rows.nth(1)).toContainText('Nimetty');
  await expect(rows.nth(1)).toContainText('Maija Meikäläinen');
  await expect(rows.nth(1)).toContainText('24.11.2026 10.00');
  const digestShown = (await rows.nth(1).locator('.digest-short').textContent()) ?? '';
  expect(digestShown).toMatch(/^[0-9a-f]{12}…$/);
  expect(secondToast).toContain(digestShown);
  const copy = rows.nth(1).getByRole('button', { name: 'Kopioi version 2 koko tunniste' });
  await expect(copy).toHaveAccessibleDescription(
    new RegExp(`^Koko tunniste \\(SHA-256\\): ${digestShown.slice(0, 12)}[0-9a-f]{52}$`),
  );
  await app.check('versions');

  // Compare 1 and 2: ticking both.
  await table.getByRole('checkbox', { name: 'Valitse versio 1 vertailuun' }).check();
  await table.getByRole('checkbox', { name: 'Valitse versio 2 vertailuun' }).check();
  await expect(view.getByText('Valittuna versiot 1 ja 2.')).toBeVisible();
  await view.getByRole('button', { name: 'Vertaa valittuja' }).click();
  await expect(view.getByRole('heading', { name: 'Vertailu', level: 2 })).toBeFocused();
  await expect(view.getByLabel('Alkuperäinen')).toHaveValue(/.+/);
  await expect(view.getByLabel('Alkuperäinen').locator('option:checked')).toHaveText(
    'Versio 1 · Luonnos kommenttikierrokselle',
  );
  await expect(view.getByLabel('Muokattu').locator('option:checked')).toHaveText(
    'Versio 2 · Lautakunnalle',
  );
  const summary = view.getByRole('region', { name: 'Yhteenveto' });
  await expect(summary).toContainText('1 luku lisätty');
  await expect(summary).toContainText('1 luku nimetty uudelleen');
  const scopeDiff = sectionDiff(view, SCOPE);
  await expect(scopeDiff.locator('ins')).toContainText(['hyvinvointialueella ja kunnissa']);
  await expect(scopeDiff.locator('del')).toContainText(['alueella']);
  // Not by colour alone: screen readers hear what each change is.
  await expect(scopeDiff.locator('ins').first()).toContainText('lisätty:');
  await expect(scopeDiff.locator('del').first()).toContainText('poistettu:');
  await expect(scopeDiff.getByRole('listitem').filter({ hasText: 'Muutettu' })).toBeVisible();
  const addedDiff = sectionDiff(view, addedTitle);
  await expect(addedDiff.getByRole('listitem').filter({ hasText: 'Lisätty' })).toBeVisible();
  await expect(addedDiff.locator('ins')).toContainText([
    'Suunnitelman toteutumista seurataan vuosittain.',
  ]);
  const renamed = sectionDiff(view, '1 Johdanto ja tausta');
  await expect(
    renamed.getByRole('listitem').filter({ hasText: 'Nimetty uudelleen' }),
  ).toBeVisible();
  await expect(renamed).toContainText('Aiemmin 1 Johdanto');
  await expect(view.getByText(/^\d+ lukua ennallaan$/).first()).toBeVisible();

  // Jump between changes with the buttons and F7 / Shift+F7.
  await view.getByRole('button', { name: 'Seuraava muutos' }).click();
  await expect(renamed.getByRole('heading')).toBeFocused();
  await expect(view.getByText(/^Muutos 1 \/ \d+$/)).toBeVisible();
  await page.keyboard.press('F7');
  await expect(view.getByText(/^Muutos 2 \/ \d+$/)).toBeVisible();
  await expect(scopeDiff.locator('[data-change-stop]').first()).toBeFocused();
  await page.keyboard.press('Shift+F7');
  await expect(renamed.getByRole('heading')).toBeFocused();
  await app.check('compare');

  // Only the changes: unchanged sections go, unchanged paragraphs shrink.
  await view.getByRole('checkbox', { name: 'Näytä vain muutokset' }).check();
  await expect(view.getByText(/lukua ennallaan$/)).toHaveCount(0);
  await view.getByRole('checkbox', { name: 'Näytä vain muutokset' }).uncheck();

  // Escape goes back to the list; version 1 against the text as it is now.
  await page.keyboard.press('Escape');
  await expect(table).toBeVisible();
  await app.showView('Teksti');
  suunta.clock.set(at(11));
  await app.write(SCOPE, ' Kuraattoreita on yksi 600 opiskelijaa kohden.');
  await expect(app.editor(SCOPE)).toHaveText(THIRD_TEXT);
  await app.saved();
  await app.showView('Versiot');
  await table.getByRole('button', { name: 'Vertaa nykyiseen: versio 1' }).click();
  await expect(view.getByLabel('Muokattu').locator('option:checked')).toHaveText('Nykyinen teksti');
  await expect(sectionDiff(view, SCOPE).locator('ins')).toContainText([
    'hyvinvointialueella ja kunnissa',
    'Kuraattoreita on yksi 600 opiskelijaa kohden.',
  ]);
  await view.getByRole('button', { name: 'Takaisin versioihin' }).click();

  // Version 1 read-only: marked so, and typing changes nothing.
  await table.getByRole('button', { name: 'Näytä versio 1' }).click();
  const banner = view.getByRole('heading', { level: 2 });
  await expect(banner).toHaveText(
    /^Versio 1 · Luonnos kommenttikierrokselle · vain luku · tunniste [0-9a-f]{12}…$/,
  );
  await expect(banner).toBeFocused();
  await expect(view.getByText('Tallentanut Maija Meikäläinen 24.11.2026 09.00')).toBeVisible();
  const frozen = view.getByRole('textbox', { name: SCOPE });
  await expect(frozen).toHaveAttribute('aria-readonly', 'true');
  await expect(frozen).toHaveAttribute('contenteditable', 'false');
  await expect(frozen).toHaveText(FIRST_TEXT);
  await frozen.click();
  await page.keyboard.type('XYZ');
  await expect(frozen).toHaveText(FIRST_TEXT);
  await expect(view.getByRole('heading', { name: addedTitle })).toHaveCount(0);
  await app.check('version-readonly');
  await page.keyboard.press('Escape');
  await expect(table).toBeVisible();

  // Section history: three saves of 1.1 (9.00, 10.00, 11.00), newest first.
  await app.showView('Teksti');
  const scopeSection = page.locator('.doc-section').filter({
    has: page.getByRole('heading', { name: SCOPE }),
  });
  await scopeSection.getByRole('button', { name: `Luvun ${SCOPE} muutoshistoria` }).click();
  const history = page.getByRole('dialog', { name: `Luvun ${SCOPE} muutoshistoria` });
  const saves = history.getByRole('radio');
  await expect(saves).toHaveCount(3);
  await expect(saves.nth(0)).toBeChecked();
  await expect(history.getByRole('button', { name: 'Palauta tämä versio…' })).toBeDisabled();
  await saves.nth(2).check();
  await expect(history.getByRole('heading', { name: 'Tallennus 24.11.2026 09.00' })).toBeVisible();
  await expect(history.getByRole('textbox')).toHaveText(FIRST_TEXT);
  await history.getByRole('button', { name: 'Muutokset tämän jälkeen' }).click();
  await expect(history.locator('ins')).toContainText(['hyvinvointialueella']);
  await expect(history.locator('del')).toContainText(['alueella']);
  await app.check('section-history');

  // Restore 9.00: asked first; the editor shows it, the current text stays in the history.
  await history.getByRole('button', { name: 'Palauta tämä versio…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Palautetaanko aiempi teksti?' });
  await expect(confirm).toContainText('24.11.2026 09.00');
  suunta.clock.set(at(12));
  await confirm.getByRole('button', { name: 'Palauta' }).click();
  await expect(history).toBeHidden();
  await expect(app.toast('Palautettu; aiempi teksti on tallessa historiassa')).toBeVisible();
  await expect(app.editor(SCOPE)).toHaveText(FIRST_TEXT);
  await expect(app.editor(SCOPE)).toBeFocused();

  // "Kumoa" brings back the text from before the restore.
  suunta.clock.set(at(13));
  await page
    .getByRole('region', { name: /Ilmoitukset/ })
    .getByRole('button', { name: 'Kumoa' })
    .click();
  await expect(app.editor(SCOPE)).toHaveText(THIRD_TEXT);
  await expect(app.toast('Palautus kumottu.')).toBeVisible();

  // Ctrl+Shift+H opens the history of the section being written; restore 9.00 again.
  await app.caretToEnd(SCOPE);
  await app.menu('sectionHistory');
  await expect(history).toBeVisible();
  await expect(saves).toHaveCount(5);
  await expect(saves.nth(0)).toHaveAccessibleName(/^24.11.2026 13.00 Nykyinen/);
  await saves.nth(4).check();
  suunta.clock.set(at(14));
  await history.getByRole('button', { name: 'Palauta tämä versio…' }).click();
  await confirm.getByRole('button', { name: 'Palauta' }).click();
  await expect(app.editor(SCOPE)).toHaveText(FIRST_TEXT);
  await app.saved();

  // It all persists: the restored text, the history and both versions.
  await suunta.reload();
  // A reload builds every section's editor again, which takes a while on a busy machine.
  await expect(app.editor(SCOPE)).toHaveText(FIRST_TEXT, { timeout: 20_000 });
  await scopeSection.getByRole('button', { name: `Luvun ${SCOPE} muutoshistoria` }).click();
  await expect(saves).toHaveCount(6);
  await history.getByRole('button', { name: 'Sulje' }).click();
  await app.showView('Versiot');
  await expect(table.getByRole('row')).toHaveCount(3);
});

/** A section's card in the comparison, by its number and title. */
function sectionDiff(view: Locator, title: string): Locator {
  return view.locator('.diff-section').filter({
    has: view.page().getByRole('heading', { name: title, exact: true }),
  });
}
