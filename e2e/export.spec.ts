import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness/index';
import { SuuntaApp } from './pages/app';

// Printing the plan (twice, for the contents' page numbers) takes a while on a busy machine.
test.describe.configure({ timeout: 300_000 });

const SCOPE = '1.1 Suunnitelman tarkoitus ja soveltamisala';
const TEXT = 'Suunnitelma koskee kaikkia alueen perusopetusta ja toisen asteen koulutusta.';

test('export dialog: options, page preview, progress, PDF saved and opened', async ({ suunta }) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  await page.setViewportSize({ width: 1280, height: 860 });
  await suunta.open();
  await app.createPlan({
    file: 'vienti.opsu',
    title: 'Keski-Suomen alueellinen opiskeluhuoltosuunnitelma',
    region: 'Keski-Suomen hyvinvointialue',
    period: '2026–2029',
  });
  await app.write(SCOPE, TEXT);
  await app.saved();
  await app.menu('saveVersion');
  await app.saveVersion('Aluevaltuustolle');

  // From the header: "Vie…".
  await page.getByRole('button', { name: 'Vie…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vie suunnitelma' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'PDF' })).toBeChecked();
  const version = dialog.getByLabel('Vietävä teksti');
  await expect(version.getByRole('option')).toHaveText([
    'Nykyinen teksti',
    'Versio 1: Aluevaltuustolle (Nimetty)',
  ]);
  await expect(dialog.getByLabel('Kansilehden ja liitteiden kieli')).toHaveValue('fi');
  // No round yet: the comment summary cannot be chosen, and says why.
  const comments = dialog.getByRole('checkbox', { name: 'Kommenttikooste ja vastineet' });
  await expect(comments).toBeDisabled();
  await expect(comments).toHaveAccessibleDescription(
    'Suunnitelmassa ei ole vielä kommenttikierroksia.',
  );
  await dialog.getByRole('checkbox', { name: 'Lakisääteisen sisällön kattavuus' }).check();
  await dialog.getByRole('checkbox', { name: 'Päätöshistoria' }).check();
  await expect(dialog.getByRole('radio', { name: 'Luonnos' })).toBeChecked();
  await suunta.axe();
  await suunta.screenshot('export-dialog');

  // Word shows its template choice instead of the preview.
  await dialog.getByRole('radio', { name: 'Word (.docx)' }).check();
  await expect(dialog.getByRole('button', { name: 'Valitse pohja…' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Esikatsele' })).toHaveCount(0);
  await dialog.getByRole('radio', { name: 'PDF' }).check();

  // The preview: progress while it prints, then the pages, each named "Sivu N / M".
  await dialog.getByRole('button', { name: 'Esikatsele' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Viennin eteneminen' })).toBeVisible();
  const pages = dialog.getByRole('region', { name: 'Esikatselun sivut' });
  const count = dialog.locator('.export-preview-count');
  await expect(count).toHaveText(/^\d+ sivua$/, { timeout: 120_000 });
  const total = Number(/^(\d+)/.exec((await count.textContent()) ?? '')![1]);
  expect(total).toBeGreaterThanOrEqual(4);
  await expect(pages.getByRole('img')).toHaveCount(total, { timeout: 60_000 });
  await expect(pages.getByRole('img').first()).toHaveAccessibleName(`Sivu 1 / ${total}`);
  await expect(dialog.getByRole('progressbar')).toHaveCount(0);
  // The page column scrolls with the keyboard.
  await pages.focus();
  await page.keyboard.press('PageDown');
  await expect.poll(() => pages.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  await suunta.axe();
  await suunta.screenshot('export-preview');

  // A changed option marks the preview out of date.
  await dialog.getByRole('radio', { name: 'Lopullinen' }).check();
  await expect(dialog.getByText('Valinnat ovat muuttuneet esikatselun jälkeen.')).toBeVisible();
  await dialog.getByRole('radio', { name: 'Luonnos' }).check();
  await expect(dialog.getByText('Valinnat ovat muuttuneet esikatselun jälkeen.')).toHaveCount(0);

  // "Vie": the save dialog, then the file, its pages and digest; it opens on request.
  const target = join(suunta.dir, 'valtuustolle.pdf');
  suunta.dialogs.queueExportPath(target);
  await dialog.getByRole('button', { name: 'Vie', exact: true }).click();
  const result = dialog.getByRole('status');
  await expect(result).toContainText('PDF tallennettu', { timeout: 120_000 });
  await expect(result).toContainText(target);
  await expect(result).toContainText(
    new RegExp(`${total} sivua · \\d+ kt · tarkiste [0-9a-f]{12}…`),
  );
  expect(suunta.dialogs.asked.at(-1)).toMatchObject({
    kind: 'export',
    format: 'pdf',
    suggestedName: 'Keski-Suomen alueellinen opiskeluhuoltosuunnitelma',
  });
  expect(existsSync(target)).toBe(true);
  const info = execFileSync('pdfinfo', [target], { encoding: 'utf8' });
  expect(info).toMatch(new RegExp(`^Pages:\\s+${total}$`, 'm'));
  const open = dialog.getByRole('button', { name: 'Avaa tiedosto' });
  await expect(open).toBeFocused();
  await suunta.axe();
  await suunta.screenshot('export-done');
  await open.click();
  await expect.poll(() => suunta.openedPaths).toEqual([target]);
  await dialog.getByRole('button', { name: 'Sulje' }).click();
  await expect(dialog).toBeHidden();

  // From the menu (Ctrl+E), right after typing: what was just typed is saved first and exported.
  // She closes the dialog while the file is printed and goes on typing; a notice says when the
  // file is ready, and opens it.
  await app.write(SCOPE, ' Juuri ennen vientiä.');
  await app.menu('exportPlan');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Luonnos' })).toBeChecked();
  const second = join(suunta.dir, 'toinen.pdf');
  suunta.dialogs.queueExportPath(second);
  await dialog.getByRole('button', { name: 'Vie', exact: true }).click();
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await app.write(SCOPE, ' Lisäys viennin aikana.');
  const notice = page
    .getByRole('region', { name: /Ilmoitukset/ })
    .getByText('toinen.pdf tallennettu');
  await expect(notice).toBeVisible({ timeout: 120_000 });
  await app.saved();
  expect(existsSync(second)).toBe(true);
  const secondText = execFileSync('pdftotext', [second, '-'], { encoding: 'utf8' });
  expect(secondText.replace(/\s+/g, ' ')).toContain('Juuri ennen vientiä.');
  await page.getByRole('button', { name: 'Avaa tiedosto' }).click();
  await expect.poll(() => suunta.openedPaths).toEqual([target, second]);
});
