import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness/index';
import { SuuntaApp } from './pages/app';

// Every screen and dialog is scanned with axe: give the journey time on a slow machine.
test.describe.configure({ timeout: 300_000 });
// The size of a small laptop screen, where the screenshots are judged.
test.use({ viewport: { width: 1280, height: 800 } });

const KERAVA = 'Keravan kaupunki';
const JARVENPAA = 'Järvenpään kaupunki';

/**
 * A staffing export as a municipality sends it: semicolons and decimal commas. Figures checked
 * below, by hand against ratios 670 (kuraattori), 780 (psykologi), 460 (terveydenhoitaja,
 * perusopetus): Kerava 3 400 pupils, 4,5 kuraattori FTE → 3 400 / 4,5 = 755,6 → 756 per FTE;
 * required 3 400 / 670 = 5,0746 → 5,08 (up to hundredths); shortfall 5,08 − 4,5 = 0,58.
 * Nurses 3 400 / 7,5 = 453 ≤ 460: the recommendation is met.
 * Region: required 4 600 / 670 = 6,866 → 6,87 against 4,5 + 1,5 = 6 → shortfall 0,87; the rows'
 * own shortfalls add up to 0,58 + 0,30 = 0,88.
 */
const STAFFING_CSV = [
  'Alue;Aste;Oppilaita;Kuraattorit;Psykologit;Terveydenhoitajat;Lääkärit',
  'Kerava;perusopetus;3400;4,5;3;7,5;1,2',
  'Järvenpää;lukio;1200;1,5;1,5;2;0,5',
].join('\r\n');

test('Tiedot: the providers register, the checklist evidence, staffing imported from a CSV and computed', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  await suunta.open();
  await app.createPlan({ file: 'tiedot.opsu', region: 'Keski-Uudenmaan hyvinvointialue' });

  await showView(page, 'Tiedot');
  const view = page.getByRole('main', { name: 'Suunnitelman tiedot' });
  await expect(view.getByRole('button', { name: 'Järjestäjät' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(view.getByText('Ei vielä järjestäjiä')).toBeVisible();
  await suunta.axe();

  // Two providers through the dialog: one with an adopted plan and its date, one in preparation.
  await view.getByRole('button', { name: 'Lisää järjestäjä…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lisää järjestäjä' });
  await dialog.getByLabel('Nimi').fill(KERAVA);
  await dialog.getByLabel('Tyyppi').selectOption({ label: 'Kunta' });
  await dialog.getByRole('checkbox', { name: 'Esiopetus' }).check();
  await dialog.getByRole('checkbox', { name: 'Perusopetus' }).check();
  await dialog.getByRole('radio', { name: 'Hyväksytty' }).check();
  await dialog.getByLabel('Hyväksymispäivä').fill('12.3.2024');
  await dialog.getByLabel('Viite').fill('https://www.kerava.fi/opiskeluhuoltosuunnitelma');
  await dialog.getByRole('button', { name: 'Lisää luku' }).click();
  await dialog.getByLabel('Mitä (luku 1)').fill('Kuraattorin työaikaa');
  await dialog.getByLabel('Luku 1', { exact: true }).fill('2,5');
  await dialog.getByLabel('Yksikkö (luku 1)').fill('htv');
  await suunta.axe();
  await dialog.getByRole('button', { name: 'Lisää', exact: true }).click();
  await expect(dialog).toBeHidden();

  await view.getByRole('button', { name: 'Lisää järjestäjä…' }).click();
  // Without a level the provider cannot be saved, and the dialog says why.
  await dialog.getByLabel('Nimi').fill(JARVENPAA);
  await dialog.getByRole('button', { name: 'Lisää', exact: true }).click();
  await expect(dialog.getByText('Valitse vähintään yksi koulutusaste.')).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Lukio' }).check();
  await dialog.getByRole('radio', { name: 'Valmistelussa' }).check();
  await dialog.getByRole('button', { name: 'Lisää', exact: true }).click();
  await expect(dialog).toBeHidden();

  const register = view.getByRole('table', {
    name: 'Koulutuksen järjestäjät ja niiden suunnitelmat',
  });
  const kerava = register.getByRole('row', { name: new RegExp(KERAVA) });
  await expect(kerava).toContainText('Esiopetus, Perusopetus');
  await expect(kerava).toContainText('Hyväksytty');
  await expect(kerava).toContainText('12.3.2024');
  await expect(kerava).toContainText('Kuraattorin työaikaa 2,5 htv');
  await expect(register.getByRole('row', { name: new RegExp(JARVENPAA) })).toContainText(
    'Valmistelussa',
  );
  await expect(view.getByTestId('providers-summary')).toHaveText(
    `1/2 järjestäjän suunnitelma hyväksytty; puuttuu: ${JARVENPAA}`,
  );
  await app.check('plan-data-register');

  // The checklist item "based on the providers' plans" names the plan still missing.
  await showView(page, 'Teksti');
  const evidence = page.locator('[data-requirement-id="reg.based_on_provider_plans"]');
  await expect(evidence).toContainText(
    `Järjestäjien suunnitelmat: 1/2 hyväksytty. Puuttuu: ${JARVENPAA}.`,
  );
  await expect(evidence.locator('.status-badge')).toContainText('Kesken');

  // Staffing from a CSV: the columns are recognised, the rows previewed, then imported.
  await showView(page, 'Tiedot');
  await view.getByRole('button', { name: 'Mitoitus' }).click();
  await expect(view.getByText('Mitoitustaulukko on tyhjä')).toBeVisible();
  const csv = join(suunta.dir, 'mitoitus.csv');
  writeFileSync(csv, STAFFING_CSV, 'utf8');
  suunta.dialogs.queueTableFile(csv);
  await view.getByRole('button', { name: 'Tuo taulukosta…' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Tuo mitoitus taulukosta' });
  await expect(importDialog.getByLabel('Kuraattorit (htv)')).toHaveValue('3');
  await expect(importDialog.getByText('Esim. ”4,5”')).toBeVisible();
  const preview = importDialog.getByRole('table', { name: 'Rivit, jotka tuodaan' });
  await expect(preview.getByRole('row', { name: /Kerava/ })).toContainText('Lisätään');
  await expect(preview.getByRole('row', { name: /Järvenpää/ })).toContainText('1,5');
  await app.check('plan-data-import');
  await importDialog.getByRole('button', { name: 'Tuo 2 riviä' }).click();
  const report = page.getByRole('dialog', { name: 'Mitoitus tuotu' });
  await expect(report).toContainText('Lisättiin 2 ja päivitettiin 0 riviä.');
  await suunta.axe();
  await report.getByRole('button', { name: 'Sulje' }).click();

  // The computed figures, against the hand-computed ones above.
  const keravaKuraattori = staffingLine(view, 'Kerava', 'Kuraattori');
  await expect(keravaKuraattori).toContainText('756');
  await expect(keravaKuraattori).toContainText('5,08');
  await expect(keravaKuraattori).toContainText('0,58');
  await expect(keravaKuraattori).toContainText('Ei täyty');
  await expect(staffingLine(view, 'Kerava', 'Terveydenhoitaja')).toContainText('Suositus täyttyy');
  const regionKuraattori = staffingLine(view, 'Koko alue yhteensä', 'Kuraattori');
  await expect(regionKuraattori).toContainText('6,87');
  await expect(regionKuraattori).toContainText('0,87');
  await expect(regionKuraattori).toContainText('rivien vajeet yhteensä 0,88');
  await app.check('plan-data-staffing');

  // A row by hand, with a decimal comma: 1 000 / 1,5 = 667 per FTE, within 670.
  await view.getByRole('button', { name: 'Lisää rivi…' }).click();
  const rowDialog = page.getByRole('dialog', { name: 'Lisää mitoituksen rivi' });
  await rowDialog.getByLabel('Alue', { exact: true }).fill('Tuusula');
  await rowDialog.getByLabel('Oppilaita tai opiskelijoita').fill('1000');
  await rowDialog.getByLabel('Kuraattorit').fill('1,5');
  await suunta.axe();
  await rowDialog.getByRole('button', { name: 'Lisää', exact: true }).click();
  await expect(rowDialog).toBeHidden();
  const tuusula = staffingLine(view, 'Tuusula', 'Kuraattori');
  await expect(tuusula).toContainText('667');
  await expect(tuusula).toContainText('Täyttyy');
  await expect(staffingLine(view, 'Tuusula', 'Psykologi')).toContainText('Ei tiedossa');

  // Removing asks first.
  await view.getByRole('button', { name: 'Poista rivi Tuusula, Perusopetus' }).click();
  const question = page.getByRole('alertdialog', { name: 'Poistetaanko rivi?' });
  await suunta.axe();
  await question.getByRole('button', { name: 'Poista' }).click();
  await expect(view.getByRole('rowheader', { name: 'Tuusula' })).toHaveCount(0);
});

async function showView(page: Page, name: 'Tiedot' | 'Teksti'): Promise<void> {
  const tab = page
    .getByRole('navigation', { name: 'Suunnitelman näkymät' })
    .getByRole('button', { name });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-pressed', 'true');
}

/** One profession's line of an area's group (or a total's) in the staffing table. */
function staffingLine(view: Locator, area: string, profession: string): Locator {
  // The area's header also holds its notes ("2 riviä"): it starts with the name.
  const areaHeader = view.page().getByRole('rowheader', { name: new RegExp(`^${area}`) });
  return view
    .locator('tbody', { has: areaHeader })
    .getByRole('row')
    .filter({ has: view.page().getByRole('rowheader', { name: profession, exact: true }) });
}
