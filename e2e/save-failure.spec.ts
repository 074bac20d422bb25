import { expect, test } from './harness/index';
import { SuuntaApp } from './pages/app';

// A journey scans every screen it visits with axe, which takes seconds on a full plan.
test.describe.configure({ timeout: 120_000 });

test('a failed save is shown with a retry, and closing asks before anything is lost', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  await suunta.open();
  await app.createPlan({ file: 'katkos.opsu', region: 'Etelä-Karjalan hyvinvointialue' });
  await app.write('1 Johdanto', 'Tämä ehti tallentua.');
  await app.saved();

  // The store loses the plan behind the window's back: the next save fails.
  suunta.core.releaseSender(suunta.senderId);
  await app.write('1 Johdanto', ' Tämä ei ehdi.');
  await expect(app.saveStatus).toHaveAttribute('data-state', 'error');
  await expect(app.saveStatus).toHaveText('Ei tallennettu');
  const failure = page.getByTestId('save-error');
  await expect(failure).toHaveAttribute('role', 'alert');
  await expect(failure).toContainText('Tallennus epäonnistui. Kohdetta ei löytynyt.');
  await app.check('s-save-failed');
  await failure.getByRole('button', { name: 'Yritä uudelleen' }).click();
  await expect(app.saveStatus).toHaveAttribute('data-state', 'error');

  await page.getByRole('button', { name: 'Sulje suunnitelma' }).click();
  const question = page.getByRole('alertdialog', { name: 'Kaikkea ei ole tallennettu' });
  await expect(question).toBeVisible();
  await app.check('s-unsaved-on-close');
  await question.getByRole('button', { name: 'Palaa suunnitelmaan' }).click();
  await expect(app.outline).toBeVisible();
  await page.getByRole('button', { name: 'Sulje suunnitelma' }).click();
  await question.getByRole('button', { name: 'Sulje silti' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Alueellinen opiskeluhuoltosuunnitelma',
  );

  // What was saved before the failure is in the file.
  await page
    .getByRole('region', { name: 'Viimeksi avatut' })
    .getByRole('button', { name: /katkos\.opsu$/ })
    .click();
  await expect(app.editor('1 Johdanto')).toHaveText('Tämä ehti tallentua.');
});
