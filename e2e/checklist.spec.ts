import type { Locator } from '@playwright/test';
import { expect, test } from './harness/index';
import { SuuntaApp } from './pages/app';

// A journey scans every screen it visits with axe, which takes seconds on a full plan.
test.describe.configure({ timeout: 180_000 });

const SCOPE =
  'Hyvinvointialueen vastuulla olevat opiskeluhuoltopalvelut (psykologi- ja kuraattoripalvelut, koulu- ja opiskeluterveydenhuolto)';
const GOALS =
  'Opiskeluhuoltopalvelujen alueellisen toteuttamisen tavoitteet ja keskeiset periaatteet';
const GROUP = 'Valmistelu alueellisessa opiskeluhuollon yhteistyöryhmässä';
const ATTACHED =
  'Liitetään lastensuojelulain 12 §:n 3 mom. alueelliseen lasten ja nuorten hyvinvointisuunnitelmaan';
const HELSINKI =
  '2 mom. asiat ja kielelliset oikeudet sisällytetään kunnan lasten ja nuorten hyvinvointisuunnitelmaan';
const SCOPE_SECTION = '1.1 Suunnitelman tarkoitus ja soveltamisala';

test('the statutory checklist: missing → kesken as she types → valmis when confirmed; links; Helsinki', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  await suunta.open();

  // Confirmations record who: her name from the preferences.
  await page.getByRole('button', { name: 'Asetukset' }).click();
  const prefs = page.getByRole('dialog', { name: 'Asetukset' });
  await prefs.getByLabel('Nimi').fill('Maija Meikäläinen');
  await prefs.getByRole('button', { name: 'Tallenna' }).click();
  await expect(prefs).toBeHidden();

  await app.createPlan({ file: 'checklist.opsu', region: 'Pirkanmaan hyvinvointialue' });
  const panel = page.getByRole('complementary', { name: 'Lakisääteinen tarkistuslista' });
  await expect(panel).toBeVisible();
  const progress = panel.getByRole('progressbar');
  const card = (label: string): Locator =>
    panel.getByRole('listitem', { name: label, exact: true });
  const badge = (label: string): Locator => card(label).locator('.status-badge').first();

  // A new plan from the template: every requirement is missing (guidance is not content).
  await expect(progress).toHaveAttribute('aria-valuetext', '0 / 13 valmis');
  await expect(progress).toHaveAttribute('aria-valuenow', '0');
  await expect(panel.getByText('0 / 13 valmis')).toBeVisible();
  await expect(panel.locator('.requirement')).toHaveCount(13);
  await expect(panel.locator('.requirement .status-badge', { hasText: 'Puuttuu' })).toHaveCount(13);
  await expect(
    card(SCOPE).getByText('OpHL 13 a § 1 mom.; terveydenhuoltolaki 15 a §'),
  ).toBeVisible();
  await expect(
    card(SCOPE).getByRole('button', { name: `Siirry lukuun ${SCOPE_SECTION}` }),
  ).toBeVisible();
  // What is not verified in the reference says so.
  await expect(card(GROUP).getByText('Vain toissijainen lähde.')).toBeVisible();
  // The section header shows what the section serves.
  const scopeSection = page.locator('.doc-section').filter({
    has: page.getByRole('heading', { name: SCOPE_SECTION }),
  });
  const scopeChips = scopeSection.getByRole('list', { name: `Luvun ${SCOPE_SECTION} vaatimukset` });
  await expect(scopeChips.getByRole('listitem')).toHaveCount(1);
  await expect(scopeChips).toContainText('Puuttuu');
  // The explanation opens on demand.
  await card(SCOPE).getByRole('button', { name: 'Mitä vaatimus edellyttää' }).click();
  await expect(
    card(SCOPE).getByRole('button', { name: 'Mitä vaatimus edellyttää' }),
  ).toHaveAttribute('aria-expanded', 'true');
  await app.check('checklist-a-all-missing');

  // She types into 1.1: once saved, its requirement is kesken.
  await app.write(SCOPE_SECTION, 'Suunnitelma koskee koulu- ja opiskeluterveydenhuoltoa.');
  await app.saved();
  await expect(badge(SCOPE)).toHaveText('Kesken');
  await expect(scopeChips).toContainText('Kesken');
  await expect(panel.getByText('Kesken 1, puuttuu 12')).toBeVisible();
  await app.check('checklist-b-in-progress');

  // Confirm: valmis, with who and when.
  await card(SCOPE)
    .getByRole('button', { name: `Vahvista: ${SCOPE}` })
    .click();
  await expect(badge(SCOPE)).toHaveText('Valmis');
  const today = new Intl.DateTimeFormat('fi', { dateStyle: 'short' }).format(new Date());
  await expect(card(SCOPE).getByText(`Vahvistanut Maija Meikäläinen, ${today}`)).toBeVisible();
  await expect(progress).toHaveAttribute('aria-valuetext', '1 / 13 valmis');
  await expect(page.getByTestId('announcer')).toHaveText(`Vaatimus ${SCOPE} vahvistettu.`);
  await expect(card(SCOPE).getByRole('button', { name: `Vahvista: ${SCOPE}` })).toHaveCount(0);
  await app.check('checklist-c-confirmed');

  // Editing the confirmed section keeps the confirmation and shows that the text changed.
  await app.write(SCOPE_SECTION, ' Myös psykologi- ja kuraattoripalveluja.');
  await app.saved();
  await expect(card(SCOPE).getByText('Teksti muuttunut vahvistuksen jälkeen')).toBeVisible();
  await expect(badge(SCOPE)).toHaveText('Valmis');
  await app.check('checklist-d-changed-since');

  // Withdraw and confirm again.
  await card(SCOPE)
    .getByRole('button', { name: `Peru vahvistus: ${SCOPE}` })
    .click();
  await expect(badge(SCOPE)).toHaveText('Kesken');
  await card(SCOPE)
    .getByRole('button', { name: `Vahvista: ${SCOPE}` })
    .click();
  await expect(badge(SCOPE)).toHaveText('Valmis');
  await expect(card(SCOPE).getByText('Teksti muuttunut vahvistuksen jälkeen')).toHaveCount(0);

  // Link from the panel: 1.1 (which has text) also serves the goals → kesken; then unlink.
  await expect(badge(GOALS)).toHaveText('Puuttuu');
  await card(GOALS)
    .getByRole('button', { name: `Linkitä luvut vaatimukseen ${GOALS}` })
    .click();
  const menu = page.getByRole('menu');
  await menu.getByRole('menuitemcheckbox', { name: SCOPE_SECTION }).click();
  await expect(menu.getByRole('menuitemcheckbox', { name: SCOPE_SECTION })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(badge(GOALS)).toHaveText('Kesken');
  await expect(
    card(GOALS).getByRole('button', { name: `Siirry lukuun ${SCOPE_SECTION}` }),
  ).toBeVisible();
  await expect(scopeChips.getByRole('listitem')).toHaveCount(2);
  await app.check('checklist-e-link-menu');
  await menu.getByRole('menuitemcheckbox', { name: SCOPE_SECTION }).press('Space');
  await expect(badge(GOALS)).toHaveText('Puuttuu');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(scopeChips.getByRole('listitem')).toHaveCount(1);

  // Link from the section header, by keyboard.
  const headerMenu = scopeSection.getByRole('button', {
    name: `Luvun ${SCOPE_SECTION} vaatimukset`,
  });
  await headerMenu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  const goalsItem = menu.getByRole('menuitemcheckbox', { name: GOALS });
  await goalsItem.focus();
  await page.keyboard.press('Enter');
  await expect(goalsItem).toHaveAttribute('aria-checked', 'true');
  await expect(badge(GOALS)).toHaveText('Kesken');
  await expect(scopeChips.getByRole('listitem')).toHaveCount(2);
  await app.check('checklist-f-section-menu');
  await page.keyboard.press('Enter');
  await expect(goalsItem).toHaveAttribute('aria-checked', 'false');
  await page.keyboard.press('Escape');
  await expect(headerMenu).toBeFocused();
  await expect(badge(GOALS)).toHaveText('Puuttuu');
  await expect(scopeChips.getByRole('listitem')).toHaveCount(1);

  // A requirement's title takes her to its first section, caret in the text.
  await card(GOALS).getByRole('button', { name: GOALS, exact: true }).click();
  await expect(app.editor(/^2 Tavoitteet ja keskeiset periaatteet/)).toBeFocused();

  // Deleting a confirmed section keeps the confirmation but flags the change; undo restores it.
  await app.row(SCOPE_SECTION).focus();
  await page.keyboard.press('Delete');
  await page
    .getByRole('alertdialog', { name: 'Poistetaanko luku?' })
    .getByRole('button', { name: 'Poista' })
    .click();
  await expect(app.row(SCOPE_SECTION)).toHaveCount(0);
  await expect(card(SCOPE).getByText('Ei linkitettyjä lukuja.')).toBeVisible();
  await expect(badge(SCOPE)).toHaveText('Valmis');
  await expect(card(SCOPE).getByText('Teksti muuttunut vahvistuksen jälkeen')).toBeVisible();
  const toast = page
    .getByRole('region', { name: 'Ilmoitukset (F8)' })
    .getByRole('listitem')
    .filter({ hasText: 'Luku poistettu' });
  await toast.getByRole('button', { name: 'Kumoa' }).click();
  await expect(app.row(SCOPE_SECTION)).toBeVisible();
  await expect(
    card(SCOPE).getByRole('button', { name: `Siirry lukuun ${SCOPE_SECTION}` }),
  ).toBeVisible();
  await expect(card(SCOPE).getByText('Teksti muuttunut vahvistuksen jälkeen')).toHaveCount(0);

  // The panel can be hidden and shown from the header; it stays as she left it on reload.
  const toggle = page.getByRole('button', { name: 'Näytä tarkistuslista' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(panel).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await suunta.reload();
  await expect(app.outline).toBeVisible();
  await expect(panel).toBeHidden();
  await page.getByRole('button', { name: 'Näytä tarkistuslista' }).click();
  await expect(panel).toBeVisible();
  await expect(badge(SCOPE)).toHaveText('Valmis');

  // The Helsinki variant swaps the attachment requirement for Helsinki's own.
  await expect(card(ATTACHED)).toBeVisible();
  await expect(card(HELSINKI)).toHaveCount(0);
  await page.getByRole('button', { name: 'Suunnitelman tiedot' }).click();
  const details = page.getByRole('dialog', { name: 'Suunnitelman tiedot' });
  const helsinki = details.getByRole('checkbox', { name: 'Helsingin malli' });
  await expect(helsinki).not.toBeChecked();
  await helsinki.check();
  await app.check('checklist-g-helsinki-setting');
  await details.getByRole('button', { name: 'Tallenna' }).click();
  await expect(details).toBeHidden();
  await expect(card(HELSINKI)).toBeVisible();
  await expect(card(ATTACHED)).toHaveCount(0);
  await expect(progress).toHaveAttribute('aria-valuetext', '1 / 13 valmis');
  await app.check('checklist-h-helsinki');
});
