import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from './harness/index';
import { SuuntaApp } from './pages/app';

// A journey scans every screen it visits with axe, which takes seconds on a full plan.
test.describe.configure({ timeout: 120_000 });

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

test('files that are not plans, or are from a newer Suunta, are refused and left untouched', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;

  const random = join(suunta.dir, 'satunnainen.opsu');
  writeFileSync(random, randomBytes(8192));

  const foreign = join(suunta.dir, 'vieras.opsu');
  const foreignDb = new Database(foreign);
  foreignDb.exec("CREATE TABLE kunnat (nimi TEXT); INSERT INTO kunnat VALUES ('Kerava');");
  foreignDb.close();

  const newer = join(suunta.dir, 'uudempi.opsu');
  const setup = { senderId: 'test-setup' };
  const created = await suunta.core.handle(
    'plan.create',
    { path: newer, title: 'Tuleva suunnitelma', region: 'Vantaan ja Keravan hyvinvointialue' },
    setup,
  );
  if (!created.ok) throw new Error(created.error.code);
  suunta.core.releaseSender(setup.senderId);
  const info = await suunta.core.handle('app.info', {}, setup);
  const schemaVersion = info.ok ? (info.value as { schemaVersion: number }).schemaVersion : 0;
  const newerDb = new Database(newer);
  newerDb.pragma(`user_version = ${schemaVersion + 1}`);
  newerDb.close();

  const before = { random: sha256(random), foreign: sha256(foreign), newer: sha256(newer) };

  await suunta.open();
  const attempts = [
    [random, 'e-random-bytes', `Tiedosto ei ole Suunta-suunnitelma: ${random}`],
    [foreign, 'e-foreign-sqlite', `Tiedosto ei ole Suunta-suunnitelma: ${foreign}`],
    [
      newer,
      'e-newer-version',
      `Suunnitelma on tehty Suunnan uudemmalla versiolla (tiedostomuoto ${schemaVersion + 1}, tämä versio tuntee muodon ${schemaVersion}). Päivitä Suunta avataksesi sen. Tiedostoa ei muutettu.`,
    ],
  ] as const;
  for (const [path, screenshot, message] of attempts) {
    suunta.dialogs.queueOpenPath(path);
    await page.getByRole('button', { name: /^Avaa…/ }).click();
    await expect(app.alert).toHaveText(message);
    await expect(app.alert).toHaveAttribute('role', 'alert');
    await expect(app.outline).toHaveCount(0);
    await suunta.screenshot(screenshot);
  }
  await suunta.axe();

  // Only the plan made by the older app is among the recent ones; from there it is refused too.
  const recent = page.getByRole('region', { name: 'Viimeksi avatut' }).getByRole('listitem');
  await expect(recent).toHaveCount(1);
  await page.getByRole('button', { name: 'Sulje ilmoitus' }).click();
  await expect(app.alert).toHaveText('');
  await recent.getByRole('button', { name: /^Tuleva suunnitelma/ }).click();
  await expect(app.alert).toContainText('Suunnan uudemmalla versiolla');
  await recent.getByRole('button', { name: 'Poista Tuleva suunnitelma luettelosta' }).click();
  await expect(page.getByText('Et ole vielä avannut suunnitelmia.')).toBeVisible();

  expect({ random: sha256(random), foreign: sha256(foreign), newer: sha256(newer) }).toEqual(
    before,
  );
});

test('a plan already open in another window is not opened twice; that window is brought forward', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  await suunta.open();
  const path = await app.createPlan({
    file: 'yhteinen.opsu',
    region: 'Pohjois-Savon hyvinvointialue',
  });

  const second = await suunta.newWindow();
  await second.open();
  await expect(second.page.getByRole('heading', { level: 1 })).toBeVisible();
  suunta.dialogs.queueOpenPath(path);
  await second.page.getByRole('button', { name: /^Avaa…/ }).click();
  await expect(second.page.getByTestId('app-alert')).toHaveText(
    'Suunnitelma on jo auki toisessa ikkunassa. Siirrytään siihen.',
  );
  await expect(second.page.getByRole('tree')).toHaveCount(0);
  expect(suunta.focused).toEqual([suunta.senderId]);
  await second.screenshot('e-already-open');
  await second.axe();
});
