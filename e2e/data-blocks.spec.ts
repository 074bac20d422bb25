import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import type { StaffingRowInput } from '../src/shared/domain/plan-data';
import { expect, test } from './harness/index';
import { SuuntaApp } from './pages/app';

// Axe scans, a frozen version and a printed PDF: a long journey on a busy machine.
test.describe.configure({ timeout: 300_000 });
test.use({ viewport: { width: 1280, height: 860 } });

const SCOPE = '1.1 Suunnitelman tarkoitus ja soveltamisala';
const INDICATOR = 'Kuraattorille pääsi helposti';

/** Scrolls a block's top to the top of its scrolling view, for the screenshot. */
const showTop = (locator: Locator) =>
  locator.evaluate((element) => element.closest('.data-block')?.scrollIntoView({ block: 'start' }));

const row = (
  area: string,
  level: StaffingRowInput['level'],
  pupils: number,
  kuraattori: number,
): StaffingRowInput => ({
  area,
  providerId: null,
  level,
  pupils,
  fte: { kuraattori, psykologi: null, terveydenhoitaja: null, laakari: null },
  note: '',
});

test('live data blocks: staffing table follows the data, a version keeps its figures, chart and table in the PDF', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  await suunta.open();
  const planPath = await app.createPlan({
    file: 'tiedot.opsu',
    title: 'Keski-Uudenmaan opiskeluhuoltosuunnitelma',
    region: 'Keski-Uudenmaan hyvinvointialue',
  });
  await app.write(SCOPE, 'Mitoitus alueittain:');
  await app.saved();

  // The figures go in through the app's own channels (the Tiedot view's calls).
  const opened = await suunta.core.handle(
    'plan.open',
    { path: planPath },
    { senderId: suunta.senderId },
  );
  if (!opened.ok) throw new Error(opened.error.code);
  const { docId } = opened.value as { docId: string };
  await page.evaluate(
    async ({ docId, rows, indicator }) => {
      for (const input of rows) {
        const saved = await window.api.staffing.save({ docId, row: input });
        if (!saved.ok) throw new Error(saved.error.code);
      }
      const added = await window.api.indicators.save({ docId, indicator });
      if (!added.ok) throw new Error(added.error.code);
      const id = added.value.indicators[0]!.id;
      const values = [
        { year: 2021, value: 52 },
        { year: 2023, value: 55 },
        { year: 2025, value: 58 },
      ];
      const set = await window.api.indicators.setValues({ docId, indicatorId: id, values });
      if (!set.ok) throw new Error(set.error.code);
    },
    {
      docId,
      // Hyvinkää: 4 020 pupils, 5 kuraattori FTE → 804 pupils per FTE (the ratio is 670).
      rows: [row('Hyvinkää', 'basic', 4020, 5), row('Järvenpää', 'upperSecondary', 1340, 2)],
      indicator: {
        name: INDICATOR,
        source: 'kouluterveyskysely' as const,
        unit: '%',
        better: 'higher' as const,
        area: 'Keski-Uusimaa',
        group: '8.–9. lk',
        baseline: { year: 2021, value: 52 },
        target: { year: 2027, value: 65 },
        note: '',
      },
    },
  );

  // The toolbar's button opens the dialog with a preview of the table from the current data.
  await app.caretToEnd(SCOPE);
  await app.toolbar.getByRole('button', { name: 'Lisää tietotaulukko tai kaavio' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lisää tietotaulukko tai kaavio' });
  await expect(dialog.getByRole('radio', { name: 'Henkilöstömitoitus' })).toBeChecked();
  await expect(dialog.getByLabel('Asteet')).toHaveValue('all');
  const preview = dialog.getByRole('region', { name: 'Esikatselu' });
  await expect(preview.getByRole('table')).toContainText('Hyvinkää');
  await suunta.axe();
  await dialog.getByRole('button', { name: 'Lisää tekstiin' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.editor(SCOPE)).toBeFocused();

  const editor = app.editor(SCOPE);
  const table = editor.getByRole('table', { name: 'Henkilöstömitoitus: koko alue' });
  const hyvinkaa = table.getByRole('row').filter({ hasText: 'Hyvinkää' });
  await expect(hyvinkaa).toContainText('804');
  await expect(editor.getByText('Tiedoista – päivittyy automaattisesti')).toBeVisible();
  await app.saved();
  await showTop(table);
  await app.check('data-block-table');

  // The block is one unit: a click selects it, Delete removes it, Ctrl+Z brings it back.
  await table.getByRole('cell').first().click();
  await expect(page.locator('.data-block.is-selected')).toHaveCount(1);
  await page.keyboard.press('Delete');
  await expect(editor.getByRole('table')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(table).toBeVisible();
  await app.saved();

  // Version 1 freezes the text with the figures of the moment.
  await app.menu('saveVersion');
  await app.saveVersion('Lautakunnalle');

  // One more kuraattori in Hyvinkää (Tiedot → Mitoitus): the text follows without a reload.
  await page
    .getByRole('navigation', { name: 'Suunnitelman näkymät' })
    .getByRole('button', { name: 'Tiedot' })
    .click();
  await page.getByRole('button', { name: 'Mitoitus', exact: true }).click();
  await page.getByRole('button', { name: 'Muokkaa riviä Hyvinkää, Perusopetus' }).click();
  const rowDialog = page.getByRole('dialog', { name: 'Muokkaa mitoituksen riviä' });
  await rowDialog.getByLabel('Kuraattorit').fill('6');
  await rowDialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(rowDialog).toBeHidden();
  await app.showView('Teksti');
  await expect(hyvinkaa).toContainText('670');
  await expect(hyvinkaa).not.toContainText('804');

  // The version still shows 804, and says whose figures they are.
  await app.showView('Versiot');
  const versions = page.getByRole('main', { name: 'Versiot' });
  await versions.getByRole('button', { name: 'Näytä versio 1' }).click();
  const frozen = versions.getByRole('textbox', { name: SCOPE });
  await expect(frozen.getByText('Tiedot versiosta 1')).toBeVisible();
  await expect(
    frozen.getByRole('table', { name: 'Henkilöstömitoitus: koko alue' }).getByRole('row', {
      name: /Hyvinkää/,
    }),
  ).toContainText('804');
  await showTop(frozen.locator('.data-block'));
  await app.check('data-block-version');
  await page.keyboard.press('Escape');

  // The indicator's chart, after the table.
  await app.showView('Teksti');
  await app.caretToEnd(SCOPE);
  await app.toolbar.getByRole('button', { name: 'Lisää tietotaulukko tai kaavio' }).click();
  await dialog.getByRole('radio', { name: 'Indikaattorin kaavio' }).check();
  const indicator = dialog.getByRole('combobox', { name: 'Indikaattori' });
  await expect(indicator.locator('option:checked')).toHaveText(INDICATOR);
  await dialog.getByRole('button', { name: 'Lisää tekstiin' }).click();
  await expect(dialog).toBeHidden();
  // One image named by the chart's summary (the SVG inside is its picture).
  const chart = editor.locator('figure.data-block-chart');
  await expect(chart).toHaveAttribute('role', 'img');
  await expect(chart).toHaveAccessibleName(
    `${INDICATOR}, 8.–9. lk: 2021 52 %, 2023 55 %, 2025 58 %. Tavoite 2027: 65 %. Paranee.`,
  );
  await expect(chart.locator('svg')).toHaveCount(1);
  await app.saved();
  await showTop(chart);
  await app.check('data-block-chart');

  // The PDF has the table's current figures and the chart's text.
  await page.getByRole('button', { name: 'Vie…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Vie suunnitelma' });
  const target = join(suunta.dir, 'tiedot.pdf');
  suunta.dialogs.queueExportPath(target);
  await exportDialog.getByRole('button', { name: 'Vie', exact: true }).click();
  await expect(exportDialog.getByRole('status')).toContainText('PDF tallennettu', {
    timeout: 120_000,
  });
  const text = execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Henkilöstömitoitus: koko alue');
  expect(text).toContain('Hyvinkää');
  expect(text).toContain('670');
  expect(text).toContain(INDICATOR);
  expect(text).toContain('2025');
});
