import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness/index';
import { SuuntaApp } from './pages/app';

// One journey with six axe scans and a chart in the page: give it time on a slow machine.
test.describe.configure({ timeout: 240_000 });
// The size of a small laptop screen, where the screenshots are judged.
test.use({ viewport: { width: 1280, height: 800 } });

const KURAATTORI = 'Kokee, että on vaikea päästä koulukuraattorin vastaanotolle';
const PSYKOLOGI = 'Kokee, että on vaikea päästä koulupsykologin vastaanotolle';
const AREA = 'Keski-Uusimaa';

/** As THL's statistics service exports it: semicolons, decimal commas, one row per year and area. */
const thlCsv = [
  'Indikaattori;Alue;Vuosi;Arvo',
  `${KURAATTORI};${AREA};2023;10,4`,
  `${KURAATTORI};${AREA};2025;9,1`,
  `${KURAATTORI};Vantaa;2025;12,0`,
  `${PSYKOLOGI};${AREA};2023;14,9`,
  `${PSYKOLOGI};${AREA};2025;13,2`,
].join('\r\n');

test('mittaristo: starter indicators, a target, values by hand and from a THL file, the chart', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  await suunta.open();
  await app.createPlan({ file: 'mittaristo.opsu', region: 'Keski-Uudenmaan hyvinvointialue' });

  await page
    .getByRole('navigation', { name: 'Suunnitelman näkymät' })
    .getByRole('button', { name: 'Tiedot' })
    .click();
  await page
    .getByRole('group', { name: 'Tietojen osat' })
    .getByRole('button', { name: 'Mittaristo' })
    .click();
  const panel = page.getByRole('region', { name: 'Mittaristo' });
  await expect(panel.getByText(/Mittaristossa ei ole vielä indikaattoreita/)).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Tuo arvot…' })).toBeDisabled();
  await suunta.axe();

  // Two of the ready-made set; once added they are shown as such.
  await panel.getByRole('button', { name: 'Lisää valmiista' }).click();
  const starter = page.getByRole('dialog', { name: 'Lisää valmiista mittaristosta' });
  await expect(starter.getByRole('group', { name: 'Kouluterveyskysely' })).toBeVisible();
  await starter.getByLabel(KURAATTORI).check();
  await starter.getByLabel(PSYKOLOGI).check();
  await suunta.axe();
  await starter.getByRole('button', { name: 'Lisää valitut (2)' }).click();
  await expect(starter).toBeHidden();
  const table = panel.getByRole('table', { name: 'Mittariston indikaattorit' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row', { name: new RegExp(`^${PSYKOLOGI}`) })).toContainText(
    'Ei seurantatietoa',
  );

  // Her area, baseline and target for the kuraattori indicator.
  const toggle = table.getByRole('button', { name: KURAATTORI });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await panel.getByRole('button', { name: 'Muokkaa tietoja' }).click();
  const form = page.getByRole('dialog', { name: 'Muokkaa indikaattoria' });
  await expect(form.getByLabel('Lähde')).toHaveValue('kouluterveyskysely');
  await expect(form.getByLabel('Pienempi on parempi')).toBeChecked();
  await form.getByLabel('Alue', { exact: true }).fill(AREA);
  await form.getByLabel('Lähtövuosi').fill('2021');
  await form.getByLabel('Lähtötaso').fill('11,2');
  await form.getByLabel('Tavoitevuosi').fill('2027');
  await form.getByLabel('Tavoite', { exact: true }).fill('8,x');
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(form.getByLabel('Tavoite', { exact: true })).toHaveAccessibleDescription(
    /Arvo on luku/,
  );
  await suunta.axe();
  await form.getByLabel('Tavoite', { exact: true }).fill('8,0');
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(form).toBeHidden();
  const kuraattori = table.getByRole('row', { name: new RegExp(`^${KURAATTORI}`) });
  await expect(kuraattori).toContainText('11,2 (2021)');
  await expect(kuraattori).toContainText('8 (2027)');

  // A follow-up value by hand, with a decimal comma.
  await panel.getByRole('button', { name: 'Muokkaa seuranta-arvoja' }).click();
  const values = page.getByRole('dialog', { name: `Seuranta-arvot: ${KURAATTORI}` });
  await values.getByLabel('Vuosi, rivi 1').fill('2023');
  await values.getByLabel('Arvo, rivi 1').fill('10,8');
  await suunta.axe();
  await values.getByRole('button', { name: 'Tallenna arvot' }).click();
  await expect(values).toBeHidden();
  await expect(kuraattori).toContainText('10,8 (2023)');
  await expect(kuraattori).toContainText('Paranee');

  // THL's export for both: matched by name, another area's row left out.
  const csv = join(suunta.dir, 'kouluterveyskysely.csv');
  writeFileSync(csv, thlCsv, 'utf8');
  suunta.dialogs.queueTableFile(csv);
  await panel.getByRole('button', { name: 'Tuo arvot…' }).click();
  const preview = page.getByRole('dialog', { name: 'Tuo arvot: kouluterveyskysely.csv' });
  const previewRows = preview.getByRole('table', { name: 'Tuotavat arvot' });
  await expect(previewRows.getByRole('row', { name: new RegExp(KURAATTORI) })).toContainText(
    '2023: 10,4 · 2025: 9,1',
  );
  await expect(previewRows.getByRole('row', { name: new RegExp(PSYKOLOGI) })).toContainText(
    '2023: 14,9 · 2025: 13,2',
  );
  await expect(preview.getByText('Rivi 4: toisen alueen luku')).toBeVisible();
  await suunta.axe();
  await preview.getByRole('button', { name: 'Tuo arvot' }).click();
  const report = page.getByRole('dialog', { name: 'Arvot tuotu' });
  // The psykologi's two values and the kuraattori's 2025 are new; its 2023 (10,8) becomes 10,4.
  await expect(report.getByText('Uusia arvoja 3, muuttuneita 1.')).toBeVisible();
  await suunta.axe();
  await report.getByRole('button', { name: 'Valmis' }).click();
  await expect(kuraattori).toContainText('9,1 (2025)');
  await expect(table.getByRole('row', { name: new RegExp(`^${PSYKOLOGI}`) })).toContainText(
    '13,2 (2025)',
  );

  // The set at a glance, then the chart and its values as a table beside it.
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await suunta.screenshot('indicators');
  await toggle.click();
  const chart = panel.getByRole('img', { name: /./ });
  await expect(chart.locator('svg')).toBeVisible();
  const valuesTable = panel.getByRole('table', { name: `Arvot vuosittain: ${KURAATTORI}` });
  await expect(valuesTable.getByRole('row', { name: /2025/ })).toContainText('9,1');
  await expect(valuesTable.getByRole('row', { name: /2027/ })).toContainText('Tavoite');
  await suunta.axe();
  await chart.scrollIntoViewIfNeeded();
  await suunta.screenshot('indicator-chart');

  // Removing asks first.
  await table.getByRole('button', { name: PSYKOLOGI }).click();
  await panel.getByRole('button', { name: 'Poista' }).nth(1).click();
  const confirm = page.getByRole('alertdialog', { name: 'Poistetaanko indikaattori?' });
  await expect(confirm).toContainText(PSYKOLOGI);
  await suunta.axe();
  await confirm.getByRole('button', { name: 'Poista indikaattori' }).click();
  await expect(table.getByRole('button', { name: PSYKOLOGI })).toHaveCount(0);
  await expect(kuraattori).toBeVisible();
});
