import { readdirSync, writeFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { errors } from '../src/shared/i18n/messages/errors';
import { expect, test } from './harness/index';
import {
  badFiles,
  emptyDocument,
  IMAGE_ALT,
  PREVIOUS_PLAN_OUTLINE,
  PREVIOUS_PLAN_TITLE,
  previousPlan,
  writeDocx,
} from './fixtures/docx';
import { storedNodes, SuuntaApp } from './pages/app';

// A journey scans every screen it visits with axe, which takes seconds on a full plan.
test.describe.configure({ timeout: 180_000 });

const GOALS =
  'Opiskeluhuoltopalvelujen alueellisen toteuttamisen tavoitteet ja keskeiset periaatteet';
const TOTAL_NEED =
  'Koulutuksen järjestäjien opiskeluhuoltosuunnitelmista ilmenneet arviot opiskeluhuoltopalvelujen kokonaistarpeesta';
const OTHER_MEASURES = 'Muut mahdollisesti tarvittavat toimenpiteet';
const RESOURCES = 'Suunnitelma opiskeluhuoltopalvelujen voimavarojen kohdentamisesta';
const MONITORING =
  'Toimenpiteet alueellisen opiskeluhuoltosuunnitelman toteuttamiseksi ja seuraamiseksi';
const SCOPE =
  'Hyvinvointialueen vastuulla olevat opiskeluhuoltopalvelut (psykologi- ja kuraattoripalvelut, koulu- ja opiskeluterveydenhuolto)';

const plansIn = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.opsu'));

test('a previous plan from Word: preview, requirement mapping, and the plan it becomes', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  await page.setViewportSize({ width: 1280, height: 800 });
  const source = writeDocx(suunta.dir, 'Opiskeluhuoltosuunnitelma 2022.docx', await previousPlan());
  await suunta.open();
  await expect(
    page.getByRole('button', { name: /^Tuo aiempi suunnitelma \(DOCX\)/ }),
  ).toContainText('Word-tiedostosta: otsikot luvuiksi, vaatimukset ehdotetaan');
  await suunta.screenshot('import-start-screen');

  await app.importDocx(source);
  const preview = app.importPreview;
  // The first read in a fresh core loads the Word reader, which takes a few seconds.
  await expect(preview).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('announcer')).toHaveText('Luetaan tiedostoa…');
  await expect(preview.getByText('Opiskeluhuoltosuunnitelma 2022.docx')).toBeVisible();
  await expect(preview.getByLabel('Otsikko')).toHaveValue(PREVIOUS_PLAN_TITLE);
  await expect(preview.getByLabel('Otsikko')).toBeFocused();
  await expect(preview.getByRole('textbox', { name: 'Hyvinvointialue' })).toHaveValue('');

  // The proposed outline, numbered as the plan will number it.
  const table = preview.getByRole('table', { name: 'Ehdotetut luvut ja niiden vaatimukset' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(PREVIOUS_PLAN_OUTLINE.length + 1);
  const expectedRows = PREVIOUS_PLAN_OUTLINE.map((line) => line.trim());
  for (const [position, line] of expectedRows.entries()) {
    const [number, ...title] = line.split(' ');
    await expect(
      rows
        .nth(position + 1)
        .getByRole('cell')
        .first(),
    ).toHaveText(number!);
    await expect(rows.nth(position + 1).getByRole('rowheader')).toHaveText(title.join(' '));
  }
  const row = (title: string): Locator =>
    rows.filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
  await expect(row('Opiskeluhuollon palvelujen kokonaistarve')).toContainText('1 taulukko');
  await expect(row('Kuraattori- ja psykologipalvelut')).toContainText('1 luettelo');
  await expect(row('Johdanto')).toContainText('Suunnitelma koskee kaikkia alueen oppilaitoksia');

  // What does not come across is said at the top, and at its section.
  const notices = preview.getByRole('region', { name: 'Huomioitavaa tuonnista' });
  await expect(notices.getByRole('listitem')).toHaveText([/^1 kuva ei siirry suunnitelmaan\./]);
  await expect(row('Opiskeluhuollon voimavarat')).toContainText(`1 kuva ei siirry: ${IMAGE_ALT}`);

  // Suggested requirements start out selected; she removes one and adds another.
  const chips = (section: string): Locator =>
    preview.getByRole('list', { name: `Luvun ${section} vaatimukset` }).getByRole('listitem');
  const needChips = chips('2 Opiskeluhuollon palvelujen kokonaistarve');
  await expect(needChips.filter({ hasText: TOTAL_NEED })).toHaveCount(1);
  await expect(needChips.filter({ hasText: OTHER_MEASURES })).toHaveCount(1);
  await expect(chips('3 Opiskeluhuollon voimavarat')).toHaveText([RESOURCES]);
  await expect(chips('4 Suunnitelman toimeenpano ja seuranta')).toHaveText([MONITORING]);
  await expect(chips('1.1 Suunnitelman tarkoitus ja soveltamisala')).toHaveText([SCOPE]);
  await expect(row('Johdanto')).toContainText('Ei linkitettyjä vaatimuksia');
  const covered = preview.getByRole('region', { name: 'Yhteenveto' });
  await expect(covered).toContainText('Lukuja7');
  await expect(covered).toContainText('Vaatimuksia linkitetty6 / 13');

  const needMenu = preview.getByRole('button', {
    name: 'Luvun 2 Opiskeluhuollon palvelujen kokonaistarve vaatimukset',
  });
  await preview
    .getByRole('button', {
      name: `Poista vaatimus ${OTHER_MEASURES} luvulta 2 Opiskeluhuollon palvelujen kokonaistarve`,
    })
    .click();
  await expect(needChips.filter({ hasText: OTHER_MEASURES })).toHaveCount(0);
  await expect(needMenu).toBeFocused();
  await expect(page.getByTestId('announcer')).toHaveText(
    `Vaatimuksen ${OTHER_MEASURES} linkitys lukuun 2 Opiskeluhuollon palvelujen kokonaistarve poistettu.`,
  );
  await expect(covered).toContainText('Vaatimuksia linkitetty5 / 13');

  // By keyboard: the menu lists the section's suggestions first, marked as such.
  await needMenu.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitemcheckbox').first()).toHaveAccessibleName(/ehdotus 100\s%$/);
  await page.keyboard.press('Escape');
  await expect(needMenu).toBeFocused();
  const introMenu = preview.getByRole('button', { name: 'Luvun 1 Johdanto vaatimukset' });
  await introMenu.press('Enter');
  const goals = menu.getByRole('menuitemcheckbox', { name: GOALS });
  await goals.focus();
  await page.keyboard.press('Enter');
  await expect(goals).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  await expect(introMenu).toBeFocused();
  await expect(chips('1 Johdanto')).toHaveText([GOALS]);
  await expect(covered).toContainText('Vaatimuksia linkitetty6 / 13');

  await preview
    .getByRole('textbox', { name: 'Hyvinvointialue' })
    .fill('Keski-Uudenmaan hyvinvointialue');
  await preview.getByLabel('Kausi').fill('2026–2029');
  await preview.getByLabel('Otsikko').fill('Keski-Uudenmaan opiskeluhuoltosuunnitelma 2026–2029');
  // Where she ended up (the requirement menus), then the dialog from its top.
  await suunta.screenshot('import-preview-outline');
  await preview.evaluate((dialog) => dialog.scrollTo(0, 0));
  await suunta.screenshot('import-preview');
  await suunta.axe();
  // At 200 % zoom the window is, in CSS pixels, half as wide and high: everything still reads.
  await page.setViewportSize({ width: 640, height: 400 });
  await suunta.screenshot('import-preview-zoom-200');
  await page.setViewportSize({ width: 1280, height: 800 });

  const planPath = `${suunta.dir}/keusote-2026.opsu`;
  suunta.dialogs.queueNewPlanPath(planPath);
  await preview.getByRole('button', { name: 'Luo suunnitelma…' }).click();
  await expect(app.outline).toBeVisible();
  expect(suunta.dialogs.asked.at(-1)).toMatchObject({
    kind: 'newPlan',
    suggestedName: 'Keski-Uudenmaan opiskeluhuoltosuunnitelma 2026–2029',
  });
  await expect(
    page
      .getByRole('region', { name: 'Ilmoitukset (F8)' })
      .getByText(/^Tuotiin 7 lukua, \d+ sanaa; 1 kuva jäi pois$/),
  ).toBeVisible();

  const planOpened = async () => {
    expect(await app.outlineText()).toEqual(PREVIOUS_PLAN_OUTLINE);
    await expect(page.getByText('Keski-Uudenmaan hyvinvointialue · 2026–2029')).toBeVisible();
    // Formatting, nested lists, the merged table cells and Nordic letters came across.
    const intro = app.editor('1 Johdanto');
    await expect(intro).toHaveText(
      'Suunnitelma koskee kaikkia alueen oppilaitoksia, myös yksityisiä, ja sen toteutumista seurataan vuosittain.',
    );
    await expect(app.editor(/^1\.1 /)).toContainText('Svenskspråkiga skolor i Kyrkslätt');
    const need = app.editor('2 Opiskeluhuollon palvelujen kokonaistarve');
    await expect(need.locator('[colspan="2"]')).toHaveText('Henkilöstö (htv)');
    await expect(need.locator('[rowspan="2"]')).toHaveText('Palvelu');
    await expect(need.getByRole('row')).toHaveCount(4);
    await expect(app.editor('2.1 Kuraattori- ja psykologipalvelut').locator('ul ul li')).toHaveText(
      ['Lähitapaamiset viikoittain', 'Etäyhteydellä tarvittaessa'],
    );
    await expect(app.editor('3 Opiskeluhuollon voimavarat').locator('img')).toHaveCount(0);
    // The checklist: what she mapped is in progress (the sections have text), the rest missing.
    const panel = page.getByRole('complementary', { name: 'Lakisääteinen tarkistuslista' });
    const badge = (label: string) =>
      panel.getByRole('listitem', { name: label, exact: true }).locator('.status-badge').first();
    for (const mapped of [GOALS, TOTAL_NEED, RESOURCES, MONITORING, SCOPE]) {
      await expect(badge(mapped)).toHaveText('Kesken');
    }
    await expect(badge(OTHER_MEASURES)).toHaveText('Puuttuu');
  };
  await planOpened();
  const formats = Object.fromEntries(
    storedNodes(await app.stored(planPath, '1'))
      .filter((node) => node.type === 'text')
      .map((node): [string, unknown] => [node.text ?? '', node.format]),
  );
  expect(formats).toMatchObject({
    kaikkia: 1,
    'myös yksityisiä': 2,
    'seurataan vuosittain': 8,
  });
  await suunta.screenshot('import-plan-opened');
  await app.editor('2 Opiskeluhuollon palvelujen kokonaistarve').scrollIntoViewIfNeeded();
  await suunta.screenshot('import-plan-merged-table');
  await suunta.axe();

  // Closed and opened again from the recent list: all of it is in the file.
  await page.getByRole('button', { name: 'Sulje suunnitelma' }).click();
  await page
    .getByRole('region', { name: 'Viimeksi avatut' })
    .getByRole('button', { name: /^Keski-Uudenmaan opiskeluhuoltosuunnitelma 2026–2029/ })
    .click();
  await planOpened();
});

test('files that cannot be imported are refused clearly and nothing is written', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  await page.setViewportSize({ width: 1280, height: 800 });
  const files = await badFiles();
  const fi = errors.fi;
  const attempts = [
    ['satunnainen.docx', files.random, fi.WRONG_FORMAT],
    ['katkennut.docx', files.truncated, fi.DAMAGED_FILE],
    ['vanha-word.docx', files.legacyDoc, fi.WRONG_FORMAT_doc],
    ['salattu.docx', files.encrypted, fi.ENCRYPTED],
    ['tyhja.docx', files.empty, fi.EMPTY_DOCUMENT],
  ] as const;
  await suunta.open();
  const importButton = page.getByRole('button', { name: /^Tuo aiempi suunnitelma \(DOCX\)/ });
  for (const [name, bytes, message] of attempts) {
    await app.importDocx(writeDocx(suunta.dir, name, bytes));
    await expect(app.alert).toHaveText(message);
    await expect(importButton).not.toHaveAttribute('aria-busy', 'true');
    await expect(app.importPreview).toHaveCount(0);
  }
  await suunta.screenshot('import-error-empty-document');
  await suunta.axe();

  // The file changes between the preview and the import: refused, her edits stay.
  const source = writeDocx(suunta.dir, 'muuttuva.docx', await previousPlan());
  await app.importDocx(source);
  await expect(app.alert).toHaveText('');
  await app.importPreview.getByLabel('Otsikko').fill('Muokattu otsikko');
  await app.importPreview
    .getByRole('button', {
      name: `Poista vaatimus ${RESOURCES} luvulta 3 Opiskeluhuollon voimavarat`,
    })
    .click();
  writeFileSync(source, await emptyDocument());
  suunta.dialogs.queueNewPlanPath(`${suunta.dir}/muuttuva.opsu`);
  await app.importPreview.getByRole('button', { name: 'Luo suunnitelma…' }).click();
  const failure = app.importPreview.getByRole('alert');
  await expect(failure).toContainText('Tiedosto on muuttunut esikatselun jälkeen');
  await expect(app.importPreview.getByLabel('Otsikko')).toHaveValue('Muokattu otsikko');
  await expect(
    app.importPreview.getByRole('list', { name: 'Luvun 3 Opiskeluhuollon voimavarat vaatimukset' }),
  ).toHaveCount(0);
  await suunta.screenshot('import-error-source-changed');
  await app.importPreview.getByRole('button', { name: 'Peruuta' }).click();
  await expect(app.importPreview).toHaveCount(0);
  await expect(importButton).toBeFocused();

  expect(plansIn(suunta.dir)).toEqual([]);
  // The start screen works as before.
  await app.createPlan({ file: 'uusi.opsu', region: 'Vantaan ja Keravan hyvinvointialue' });
  expect(plansIn(suunta.dir)).toEqual(['uusi.opsu']);
});

test('the preview speaks the interface language (Swedish), and the menu command opens it', async ({
  suunta,
}) => {
  const { page } = suunta;
  const source = writeDocx(suunta.dir, 'plan-2022.docx', await previousPlan());
  await suunta.open();
  await page.getByRole('button', { name: 'Svenska' }).click();
  suunta.dialogs.queueDocxPath(source);
  await suunta.emit('menuCommand', { command: 'importDocx' });
  const preview = page.getByRole('dialog', { name: 'Importera tidigare plan' });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('columnheader')).toHaveText(['Nr', 'Avsnitt', 'Innehåll', 'Krav']);
  await expect(
    preview.getByRole('region', { name: 'Att observera vid importen' }).getByRole('listitem'),
  ).toHaveText([/^1 bild följer inte med till planen\./]);
  await expect(preview.getByRole('textbox', { name: 'Välfärdsområde' })).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Skapa planen…' })).toBeVisible();
  await suunta.screenshot('import-preview-swedish');
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);
  expect(plansIn(suunta.dir)).toEqual([]);
});
