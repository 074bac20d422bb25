import { expect, test } from './harness/index';
import { SuuntaApp } from './pages/app';

// A journey scans every screen it visits with axe, which takes seconds on a full plan.
test.describe.configure({ timeout: 120_000 });

test('the interface language follows the switcher and the preferences, and is remembered', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  const heading = page.getByRole('heading', { level: 1 });
  await suunta.open();
  await expect(heading).toHaveText('Alueellinen opiskeluhuoltosuunnitelma');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');

  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(heading).toHaveText('Regional elevhälsoplan');
  await expect(page.getByRole('button', { name: 'Svenska' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await app.check('f-swedish-start');
  await suunta.reload();
  await expect(heading).toHaveText('Regional elevhälsoplan');
  await expect(page.getByRole('button', { name: /^Ny plan/ })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(heading).toHaveText('Regional student welfare plan');
  await suunta.reload();
  await expect(heading).toHaveText('Regional student welfare plan');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await app.check('f-english-start');

  // Preferences: name, organisation and language, from the button and from the menu.
  await page.getByRole('button', { name: 'Preferences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByLabel('Name').fill('Maija Meikäläinen');
  await prefs.getByLabel('Organisation').fill('Keski-Uudenmaan hyvinvointialue');
  await prefs.getByLabel('Interface language').selectOption('fi');
  await app.check('f-preferences-dialog');
  await prefs.getByRole('button', { name: 'Save' }).click();
  await expect(heading).toHaveText('Alueellinen opiskeluhuoltosuunnitelma');
  expect(await page.evaluate(() => window.api.prefs.get({}))).toEqual({
    ok: true,
    value: {
      name: 'Maija Meikäläinen',
      organisation: 'Keski-Uudenmaan hyvinvointialue',
      language: 'fi',
    },
  });
  await suunta.emit('menuCommand', { command: 'preferences' });
  await expect(page.getByRole('dialog', { name: 'Asetukset' }).getByLabel('Nimi')).toHaveValue(
    'Maija Meikäläinen',
  );
  await page.keyboard.press('Escape');

  // A change made elsewhere (another window) arrives as prefsChanged; an open plan follows it too.
  await app.createPlan({ file: 'kieli.opsu', region: 'Pohjanmaan hyvinvointialue' });
  await suunta.emit('prefsChanged', {
    name: 'Maija Meikäläinen',
    organisation: 'Keski-Uudenmaan hyvinvointialue',
    language: 'sv',
  });
  await expect(page.getByRole('button', { name: 'Stäng planen' })).toBeVisible();
  await expect(
    page.getByRole('complementary', { name: 'Anvisning – inte en del av planens text' }).first(),
  ).toBeVisible();
  await expect(app.row(/^1 Johdanto/)).toBeVisible();
  await app.check('f-swedish-plan');
});
