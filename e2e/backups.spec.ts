import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { planBackupFolder } from '../src/main/core/backups/naming';
import { expect, test, type Suunta } from './harness/index';
import { SuuntaApp } from './pages/app';

// A journey scans every screen it visits with axe, which takes seconds on a full plan.
test.describe.configure({ timeout: 120_000 });

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Overwrites a plan file's pages after the first: its b-tree no longer adds up. */
function damage(path: string): void {
  const bytes = readFileSync(path);
  for (let i = 4096 + 8; i < bytes.length; i++) bytes[i] = 0x5a;
  writeFileSync(path, bytes);
}

/** The text of a closed plan's sections, read without writing. */
function sectionTexts(path: string): string[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare('SELECT content FROM sections')
      .all()
      .map((row) => String((row as { content: string }).content));
  } finally {
    db.close();
  }
}

/** The backup files of a plan, oldest first (their names begin with the time they were made). */
function backupFiles(suunta: Suunta, planPath: string): string[] {
  const folder = planBackupFolder(join(suunta.settingsDir, 'backups'), realpathSync(planPath));
  return readdirSync(folder)
    .sort()
    .map((name) => join(folder, name));
}

test('the plan’s backups are listed, one is made now, and an older one is restored as a new file', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  suunta.clock.set('2026-03-02T09:00:00+02:00');
  await suunta.open();
  const path = await app.createPlan({
    file: 'keusote.opsu',
    title: 'Keusote 2026–2029',
    region: 'Keski-Uudenmaan hyvinvointialue',
  });
  await app.write('1 Johdanto', 'Ensimmäinen luonnos.');
  await app.saved();
  // Ten minutes of editing later, the next save makes a backup.
  suunta.clock.set('2026-03-02T09:10:00+02:00');
  await app.write('1 Johdanto', ' Toinen kappale.');
  await app.saved();

  await app.menu('restoreBackup');
  const dialog = page.getByRole('dialog', { name: 'Palauta varmuuskopiosta' });
  await expect(dialog).toBeVisible();
  const table = dialog.getByRole('table', { name: 'Varmuuskopiot, uusin ensin' });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('2.3.2026 09.10');
  await expect(rows.nth(0)).toContainText('Muokatessa');
  await expect(rows.nth(1)).toContainText('2.3.2026 09.00');
  await expect(rows.nth(1)).toContainText('Avattaessa');
  await expect(rows.nth(1)).toContainText('Keusote 2026–2029');
  await expect(table.getByText('Ehjä')).toHaveCount(2);

  suunta.clock.set('2026-03-02T09:12:00+02:00');
  await dialog.getByRole('button', { name: 'Varmuuskopioi nyt' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Varmuuskopio tehty 2.3.2026 09.12.');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Tehty käsin');
  await app.check('b-backups-list');

  // The backup made on opening, before any text, becomes a new file; the plan keeps its text.
  const restored = join(suunta.dir, 'keusote palautettu.opsu');
  suunta.dialogs.queueNewPlanPath(restored);
  await dialog.getByRole('button', { name: /^Palauta varmuuskopio 2\.3\.2026 09\.00/ }).click();
  await expect(dialog).toBeHidden();
  await expect(app.outline).toBeVisible();
  await expect(app.editor('1 Johdanto')).toHaveText('');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keusote 2026–2029');
  expect(existsSync(restored)).toBe(true);
  expect(sectionTexts(path).join()).toContain('Ensimmäinen luonnos. Toinen kappale.');
  const before = sha256(path);

  // Restoring never writes over a file: the same name again is refused in the dialog.
  await app.menu('restoreBackup');
  suunta.dialogs.queueNewPlanPath(path);
  await dialog
    .getByRole('button', { name: /^Palauta varmuuskopio/ })
    .first()
    .click();
  await expect(dialog.getByRole('alert')).toHaveText(
    `Tiedosto on jo olemassa: ${realpathSync(path)}. Valitse toinen nimi.`,
  );
  expect(sha256(path)).toBe(before);
  await app.check('b-backups-file-exists');
});

test('a damaged file is refused and its latest intact backup is restored as a new file', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  suunta.clock.set('2026-03-03T13:00:00+02:00');
  await suunta.open();
  const path = await app.createPlan({
    file: 'pohjois-savo.opsu',
    title: 'Pohjois-Savon suunnitelma',
    region: 'Pohjois-Savon hyvinvointialue',
  });
  await app.write('1 Johdanto', 'Tärkeä teksti.');
  await app.saved();
  suunta.clock.set('2026-03-03T13:15:00+02:00');
  await app.write('1 Johdanto', ' Vielä yksi lause.');
  await app.saved();
  await page.getByRole('button', { name: 'Sulje suunnitelma' }).click();
  // Opened again later: a third backup, which will turn out damaged too.
  suunta.clock.set('2026-03-04T08:00:00+02:00');
  await page
    .getByRole('region', { name: 'Viimeksi avatut' })
    .getByRole('button', { name: /pohjois-savo\.opsu$/ })
    .click();
  await expect(app.outline).toBeVisible();
  await page.getByRole('button', { name: 'Sulje suunnitelma' }).click();

  const [, interval, reopened] = backupFiles(suunta, path) as [string, string, string];
  damage(path);
  damage(reopened);
  const damagedBytes = sha256(path);
  const intervalBytes = sha256(interval);

  suunta.dialogs.queueOpenPath(path);
  await page.getByRole('button', { name: /^Avaa…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Tiedosto on vioittunut' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(
    `Suunnitelmaa ei voi avata, koska tiedosto on vioittunut: ${realpathSync(path)}.`,
  );
  const latest = dialog.getByRole('region', { name: 'Uusin ehjä varmuuskopio' });
  await expect(latest).toContainText('Pohjois-Savon suunnitelma');
  await expect(latest).toContainText('3.3.2026 13.15 · Muokatessa');
  const rows = dialog.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Vioittunut');
  await expect(rows.nth(0).getByRole('button')).toHaveCount(0);
  await expect(app.alert).toContainText('Suunnitelmatiedosto on vioittunut');
  await app.check('b-damaged-file');

  const restored = join(suunta.dir, 'Pohjois-Savo – palautettu.opsu');
  suunta.dialogs.queueNewPlanPath(restored);
  await latest.getByRole('button', { name: 'Palauta tämä varmuuskopio…' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.editor('1 Johdanto')).toHaveText('Tärkeä teksti. Vielä yksi lause.');
  await expect(app.alert).toHaveText('');
  await app.check('b-restored-plan');
  // The damaged file and the backup are left exactly as they were.
  expect(sha256(path)).toBe(damagedBytes);
  expect(sha256(interval)).toBe(intervalBytes);
});
