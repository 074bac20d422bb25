import { expect, test } from './harness/index';
import { SuuntaApp } from './pages/app';

// A journey scans every screen it visits with axe, which takes seconds on a full plan.
test.describe.configure({ timeout: 120_000 });

test('a new plan from the template keeps what was typed in two sections over a reload', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  await suunta.open();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Alueellinen opiskeluhuoltosuunnitelma',
  );
  await app.check('a-start-screen');

  await page.getByRole('button', { name: /Uusi suunnitelma/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Uusi suunnitelma' });
  await dialog.getByRole('button', { name: 'Luo suunnitelma…' }).click();
  await expect(dialog.getByText('Kirjoita hyvinvointialueen nimi.')).toBeVisible();
  await dialog.getByLabel('Kausi').fill('2029–2026');
  await expect(dialog.getByLabel('Kausi')).toHaveValue('2029–2026');
  await dialog.getByRole('button', { name: 'Luo suunnitelma…' }).click();
  await expect(dialog.getByText(/Kirjoita kausi muodossa/)).toBeVisible();
  await app.check('a-new-plan-dialog-errors');
  await dialog.getByRole('button', { name: 'Peruuta' }).click();

  await app.createPlan({
    file: 'keusote.opsu',
    region: 'Keski-Uudenmaan hyvinvointialue',
    period: '2026-2029',
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Alueellinen opiskeluhuoltosuunnitelma',
  );
  await expect(page.getByText('Keski-Uudenmaan hyvinvointialue · 2026–2029')).toBeVisible();
  await expect(app.row(/^1 Johdanto/)).toBeVisible();
  await expect(
    page.getByRole('complementary', { name: 'Ohje – ei osa suunnitelman tekstiä' }).first(),
  ).toBeVisible();
  await app.check('a-plan-from-template');

  const first = 'Suunnitelma koskee kaikkia alueen koulutuksen järjestäjiä.';
  const second = 'Yhteistyöryhmä kokoontuu neljä kertaa vuodessa; äänestys ei ole tarpeen.';
  await app.write('1 Johdanto', first);
  await app.write(/^2 Tavoitteet/, second);
  await app.saved();
  await app.check('a-two-sections-written');

  await suunta.reload();
  await expect(app.editor('1 Johdanto')).toHaveText(first);
  await expect(app.editor(/^2 Tavoitteet/)).toHaveText(second);
  await app.check('a-after-reload');
});
