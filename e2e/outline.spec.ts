import { expect, test } from './harness/index';
import { dragRow, SuuntaApp } from './pages/app';

// A journey scans every screen it visits with axe, which takes seconds on a full plan.
test.describe.configure({ timeout: 120_000 });

test('the outline: add, rename, nest, reorder by keyboard and drag, delete with undo; it all persists', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  await suunta.open();
  await app.createPlan({ file: 'outline.opsu', region: 'Pirkanmaan hyvinvointialue' });
  const announcer = page.getByTestId('announcer');

  // Add after the current section (the first), name it in place.
  await app.row(/^1 Johdanto/).click();
  await page.getByRole('button', { name: 'Lisää luku' }).click();
  const name = app.outline.getByRole('textbox', { name: 'Luvun nimi' });
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('Uusi luku');
  await app.check('b-new-section-naming');
  await name.fill('Opiskeluhuollon palvelut');
  await name.press('Enter');
  await expect(app.row('2 Opiskeluhuollon palvelut')).toBeFocused();
  await expect(app.row(/^3 Tavoitteet ja keskeiset periaatteet/)).toBeVisible();
  await expect(app.editor('2 Opiskeluhuollon palvelut')).toBeVisible();

  // Rename with F2.
  await app.row(/^3 Tavoitteet/).focus();
  await page.keyboard.press('F2');
  await page.keyboard.type('Tavoitteet');
  await page.keyboard.press('Enter');
  await expect(app.row('3 Tavoitteet')).toBeFocused();

  // Nest and un-nest with Alt+Shift+arrows; the numbers follow and the move is announced.
  await app.row('2 Opiskeluhuollon palvelut').focus();
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(app.row('1.4 Opiskeluhuollon palvelut')).toBeFocused();
  await expect(app.row('1.4 Opiskeluhuollon palvelut')).toHaveAttribute('aria-level', '2');
  await expect(announcer).toHaveText('Luku Opiskeluhuollon palvelut on nyt kohdassa 1.4.');
  await expect(app.editor('1.4 Opiskeluhuollon palvelut')).toBeVisible();
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(app.row('2 Opiskeluhuollon palvelut')).toBeFocused();

  // Reorder with Alt+Shift+Down/Up.
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(app.row('3 Opiskeluhuollon palvelut')).toBeFocused();
  await expect(app.row('2 Tavoitteet')).toBeVisible();
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(app.row('2 Opiskeluhuollon palvelut')).toBeFocused();
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(app.row('1 Opiskeluhuollon palvelut')).toBeFocused();
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(announcer).toHaveText(
    'Lukua Opiskeluhuollon palvelut ei voi siirtää siihen suuntaan.',
  );
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(app.row('2 Opiskeluhuollon palvelut')).toBeFocused();

  // Close chapters 4–6 with the arrow keys, then drag "Kielelliset oikeudet" onto "Tavoitteet".
  await app.row(/^4 Yhteistyö/).focus();
  for (const number of ['4', '5', '6']) {
    const chapter = app.row(new RegExp(`^${number} `));
    await expect(chapter).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(chapter).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowDown');
  }
  const languageRights = app.row(/Kielelliset oikeudet$/);
  await expect(languageRights).toBeFocused();
  await expect(languageRights).toHaveText(/^7/);
  await dragRow(page, languageRights, app.row('3 Tavoitteet'));
  await expect(app.row('3 Kielelliset oikeudet')).toBeVisible();
  await expect(app.row('4 Tavoitteet')).toBeVisible();

  // The same by keyboard drag: Space picks the row up, an arrow moves it, Space drops it.
  // Each step is announced; the next key waits for the announcement, as a listener would.
  await app.row('3 Kielelliset oikeudet').focus();
  await page.keyboard.press('Space');
  await expect(
    page.getByText('Luku 3 Kielelliset oikeudet on otettu siirrettäväksi.'),
  ).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await expect(
    page.getByText('Luku 3 Kielelliset oikeudet on kohdan 4 Tavoitteet kohdalla.'),
  ).toBeAttached();
  await page.keyboard.press('Space');
  await expect(app.row('4 Kielelliset oikeudet')).toBeVisible();
  await expect(app.row('3 Tavoitteet')).toBeVisible();
  await app.check('b-after-moves');

  // Delete with the Delete key: confirm, then undo from the toast.
  await app.row('4 Kielelliset oikeudet').focus();
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('alertdialog', { name: 'Poistetaanko luku?' });
  await expect(confirm).toContainText('”4 Kielelliset oikeudet”');
  await app.check('b-delete-confirmation');
  await confirm.getByRole('button', { name: 'Poista' }).click();
  await expect(app.row(/Kielelliset oikeudet/)).toHaveCount(0);
  const toast = page
    .getByRole('region', { name: 'Ilmoitukset (F8)' })
    .getByRole('listitem')
    .filter({ hasText: 'Luku poistettu' });
  await expect(toast).toBeVisible();
  await toast.hover(); // a pointer over a notification keeps it open
  await app.check('b-deleted-toast');
  await toast.getByRole('button', { name: 'Kumoa' }).click();
  await expect(app.row('4 Kielelliset oikeudet')).toBeVisible();

  // Delete a chapter with its subsections for good.
  await app.row(/^1 Johdanto/).focus();
  await page.keyboard.press('Delete');
  await expect(confirm).toContainText('sen 3 alalukua');
  await confirm.getByRole('button', { name: 'Poista' }).click();
  await expect(app.row(/Johdanto/)).toHaveCount(0);
  await expect(app.row('1 Opiskeluhuollon palvelut')).toBeVisible();

  for (const number of ['4', '5', '6']) {
    await app.row(new RegExp(`^${number} `)).focus();
    await page.keyboard.press('ArrowRight');
  }
  const expected = await app.outlineText();
  expect(expected.slice(0, 5)).toEqual([
    '1 Opiskeluhuollon palvelut',
    '2 Tavoitteet',
    '3 Kielelliset oikeudet',
    '4 Yhteistyö hyvinvointialueen ja koulutuksen järjestäjien välillä',
    '  4.1 Yhteistyön rakenteet',
  ]);
  await suunta.reload();
  await expect(app.row('1 Opiskeluhuollon palvelut')).toBeVisible();
  expect(await app.outlineText()).toEqual(expected);
  await app.check('b-outline-after-reload');
});
