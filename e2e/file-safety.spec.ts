import { mkdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { openPlanConnection } from '../src/main/core/plans/test-seam';
import { expect, test } from './harness/index';
import { SuuntaApp } from './pages/app';

// Journeys with axe scans and automatic retries that wait seconds between tries.
test.describe.configure({ timeout: 120_000 });

/** A folder and file name with Finnish letters, spaces and a dash, as a secretary names them. */
const finnishFolder = 'Öljy- ja ääkkös kansio';
const finnishFile = 'Keusote 2026 – luonnos.opsu';

test('a full disk while typing: the text stays, she is told why, and it is saved once space returns', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  mkdirSync(join(suunta.dir, finnishFolder));
  const path = join(suunta.dir, finnishFolder, finnishFile);
  await suunta.open();
  await app.createPlan({
    file: join(finnishFolder, finnishFile),
    region: 'Keski-Uudenmaan hyvinvointialue',
  });
  await app.write('1 Johdanto', 'Alku on tallessa.');
  await app.saved();

  // The disk is "full": the plan's connection may not grow the file by a single page.
  const db = openPlanConnection(suunta.core, path);
  const pages = db.pragma('page_count', { simple: true }) as number;
  db.pragma(`max_page_count = ${pages}`);
  await app.caretToEnd('1 Johdanto');
  await page.keyboard.insertText(` ${'Pitkä kappale, joka ei mahdu levylle. '.repeat(150)}`);
  await page.keyboard.type('Loppu.');
  const failure = page.getByTestId('save-error');
  await expect(failure).toContainText('Levy on täynnä.');
  await expect(failure).toContainText('tallentaa suunnitelman nimellä toiselle levylle');
  await expect(failure).toContainText('yritetään automaattisesti uudelleen');
  await expect(failure.getByRole('button', { name: 'Tallenna nimellä…' })).toBeVisible();
  await expect(app.saveStatus).toHaveAttribute('data-state', 'error');
  await suunta.axe();
  await suunta.screenshot('file-safety-disk-full');

  // Typing goes on while the disk is full; nothing of it is lost.
  await page.keyboard.type(' Vielä tämäkin.');
  await expect(app.saveStatus).toHaveAttribute('data-state', 'error');

  // Space returns: the automatic retry saves everything without her doing anything.
  db.pragma('max_page_count = 1073741823');
  await expect(app.saveStatus).toHaveAttribute('data-state', 'saved', { timeout: 40_000 });
  await expect(failure).toBeEmpty();

  await page.getByRole('button', { name: 'Sulje suunnitelma' }).click();
  await page
    .getByRole('region', { name: 'Viimeksi avatut' })
    .getByRole('button', { name: new RegExp(`${finnishFile}$`) })
    .click();
  await expect(app.editor('1 Johdanto')).toContainText('Alku on tallessa.');
  await expect(app.editor('1 Johdanto')).toContainText('Loppu. Vielä tämäkin.');
});

test('a plan file deleted while open: saving stops with its reason, and save-as keeps everything', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  await suunta.open();
  const path = await app.createPlan({
    file: 'poistuva.opsu',
    region: 'Pirkanmaan hyvinvointialue',
  });
  await app.write('1 Johdanto', 'Ennen poistoa.');
  await app.saved();

  unlinkSync(path);
  await app.write('1 Johdanto', ' Poiston jälkeen.');
  const failure = page.getByTestId('save-error');
  await expect(failure).toContainText('on poistettu tai siirretty muualle');
  await expect(app.saveStatus).toHaveAttribute('data-state', 'error');
  await suunta.axe();
  await suunta.screenshot('file-safety-file-gone');

  mkdirSync(join(suunta.dir, finnishFolder));
  const rescued = join(suunta.dir, finnishFolder, finnishFile);
  suunta.dialogs.queueNewPlanPath(rescued);
  await failure.getByRole('button', { name: 'Tallenna nimellä…' }).click();
  await app.saved();
  await expect(failure).toBeEmpty();
  await app.write('1 Johdanto', ' Uudessa tiedostossa.');
  await app.saved();

  await page.getByRole('button', { name: 'Sulje suunnitelma' }).click();
  await page
    .getByRole('region', { name: 'Viimeksi avatut' })
    .getByRole('button', { name: new RegExp(`${finnishFile}$`) })
    .click();
  await expect(app.editor('1 Johdanto')).toHaveText(
    'Ennen poistoa. Poiston jälkeen. Uudessa tiedostossa.',
  );
});
