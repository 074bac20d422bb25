import { expect, test } from './harness/index';
import { SuuntaApp } from './pages/app';

// A journey scans every screen it visits with axe, which takes seconds on a full plan.
test.describe.configure({ timeout: 120_000 });
// The smallest window the app is made for.
test.use({ viewport: { width: 1024, height: 700 } });

test('keyboard only: create a plan, write, move around the outline and the toolbar', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  const focusedName = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '';
    });
  await suunta.open();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  for (let presses = 0; !(await focusedName()).startsWith('Uusi suunnitelma'); presses++) {
    expect(presses, 'Tab reaches "Uusi suunnitelma"').toBeLessThan(10);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Uusi suunnitelma' });
  await expect(dialog.getByLabel('Otsikko')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Hyvinvointialue')).toBeFocused();
  await page.keyboard.type('Etelä-Savon hyvinvointialue');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026–2029');
  suunta.dialogs.queueNewPlanPath(`${suunta.dir}/nappaimisto.opsu`);
  await page.keyboard.press('Enter');

  // The plan opens with the caret in its first section.
  const first = app.editor('1 Johdanto');
  await expect(first).toBeFocused();
  await page.keyboard.type('Kirjoitettu pelkällä näppäimistöllä.');
  await expect(first).toHaveText('Kirjoitettu pelkällä näppäimistöllä.');

  // Alt+F10 reaches the toolbar, arrows move in it, Escape returns to the text.
  await page.keyboard.press('Alt+F10');
  await expect(app.toolbar.getByRole('button', { name: /^Tekstityyli/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(app.toolbar.getByRole('button', { name: 'Lihavointi' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(app.toolbar.getByRole('button', { name: 'Tee uudelleen' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(first).toBeFocused();

  // The menu's "go to outline" (Ctrl+1), arrows to 1.2, Enter into its text.
  await suunta.emit('menuCommand', { command: 'focusOutline' });
  await expect(app.row(/^1 Johdanto/)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(app.row(/^1\.2 /)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.editor(/^1\.2 /)).toBeFocused();
  await page.keyboard.type('Valmistelusta vastaa yhteistyöryhmä.');
  await app.saved();
  await app.check('h-keyboard-plan');

  // After a reload the plan opens in its first section again. Going back with Shift+Tab passes
  // the outline, the header and reaches the skip link, the first stop, which leads into the text.
  await suunta.reload();
  await expect(first).toBeFocused();
  const skip = page.getByRole('link', { name: 'Siirry tekstiin' });
  // The stops on the way: the section's history button and requirements menu, the toolbar, the
  // outline, the view switch (four views) and the header's buttons (seven).
  for (let presses = 0; !(await skip.evaluate((link) => link === document.activeElement));) {
    expect(++presses, 'Shift+Tab reaches the skip link').toBeLessThan(25);
    await page.keyboard.press('Shift+Tab');
  }
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(first).toBeFocused();
});

test('the menu commands reach the window: help, about, outline, new and close', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  await suunta.open();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await suunta.emit('menuCommand', { command: 'userGuide' });
  const help = page.getByRole('dialog', { name: 'Käyttöohje' });
  await expect(help.getByRole('table', { name: 'Sisällys' })).toBeVisible();
  await app.check('i-help-dialog');
  await page.keyboard.press('Escape');

  await suunta.emit('menuCommand', { command: 'about' });
  const about = page.getByRole('dialog', { name: 'Tietoja Suunnasta' });
  await expect(about.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+/);
  await app.check('i-about-dialog');
  await about.getByRole('button', { name: 'Sulje' }).click();

  await app.createPlan({ file: 'valikko.opsu', region: 'Kymenlaakson hyvinvointialue' });
  await suunta.emit('menuCommand', { command: 'toggleOutline' });
  await expect(app.outline).toHaveCount(0);
  await suunta.emit('menuCommand', { command: 'toggleOutline' });
  await expect(app.outline).toBeVisible();
  const checklist = page.getByRole('complementary', { name: 'Lakisääteinen tarkistuslista' });
  await expect(checklist).toBeVisible();
  await suunta.emit('menuCommand', { command: 'toggleChecklist' });
  await expect(checklist).toHaveCount(0);
  await suunta.emit('menuCommand', { command: 'toggleChecklist' });
  await expect(checklist).toBeVisible();

  await suunta.emit('menuCommand', { command: 'addSection' });
  const name = app.outline.getByRole('textbox', { name: 'Luvun nimi' });
  await expect(name).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(app.row('2 Uusi luku')).toBeFocused();

  await suunta.emit('menuCommand', { command: 'focusEditor' });
  await expect(app.editor('2 Uusi luku')).toBeFocused();

  await page.getByRole('button', { name: 'Suunnitelman tiedot' }).click();
  const details = page.getByRole('dialog', { name: 'Suunnitelman tiedot' });
  await details.getByLabel('Kausi').fill('2026–2029');
  await details.getByLabel('Otsikko').fill('Kymenlaakson opiskeluhuoltosuunnitelma');
  await app.check('i-plan-details');
  await details.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Kymenlaakson opiskeluhuoltosuunnitelma',
  );
  await expect(page.getByText('Kymenlaakson hyvinvointialue · 2026–2029')).toBeVisible();

  await suunta.emit('menuCommand', { command: 'closePlan' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Alueellinen opiskeluhuoltosuunnitelma',
  );
  await expect(
    page.getByRole('region', { name: 'Viimeksi avatut' }).getByRole('button', {
      name: /valikko\.opsu$/,
    }),
  ).toBeVisible();
  await suunta.emit('menuCommand', { command: 'newPlan' });
  await expect(page.getByRole('dialog', { name: 'Uusi suunnitelma' })).toBeVisible();
});
