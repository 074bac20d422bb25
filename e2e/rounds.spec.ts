import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { returnedDocx, type ReturnedSection } from '../src/main/core/comment-import/fixtures';
import { surveyCsv } from '../src/main/core/comment-import/survey-fixtures';
import { expect, test } from './harness/index';
import { SuuntaApp } from './pages/app';

// The journey writes a PDF and scans every screen with axe: give it time on a slow machine.
test.describe.configure({ timeout: 300_000 });
// The size of a small laptop screen, where the screenshots are judged.
test.use({ viewport: { width: 1280, height: 800 } });

const SCOPE = '1.1 Suunnitelman tarkoitus ja soveltamisala';
const SERVICES = '1.2 Valmistelu ja hyväksyminen';
const SCOPE_TEXT = 'Suunnitelma kuvaa alueen opiskeluhuollon tavoitteet ja rakenteet.';
const SERVICES_TEXT =
  'Suunnitelman valmistelee alueellinen yhteistyöryhmä yhdessä koulutuksen järjestäjien kanssa.';
const ROUND = 'Luonnoksen lausuntokierros';
const KERAVA = 'Keravan kaupunki';
const LUKIO = 'Järvenpään lukio';

/** The sections of the plan as a returned Word draft has them: numbered headings, her text. */
const sections: ReturnedSection[] = [
  { heading: SCOPE, level: 2, paragraphs: [SCOPE_TEXT] },
  { heading: SERVICES, level: 2, paragraphs: [SERVICES_TEXT] },
];

test('comment rounds: register, round, question, send-out package, import of Word and survey files, summary', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  suunta.clock.set('2027-02-01T10:00:00+02:00');
  await suunta.open();
  await app.createPlan({ file: 'kierros.opsu', region: 'Keski-Uudenmaan hyvinvointialue' });
  await app.write(SCOPE, SCOPE_TEXT);
  await app.write(SERVICES, SERVICES_TEXT);
  await app.saved();

  // No rounds yet: the view explains what a round is.
  await app.menu('showRounds');
  const view = page.getByRole('main', { name: 'Kommenttikierrokset' });
  await expect(view.getByRole('heading', { name: 'Ei vielä kommenttikierroksia' })).toBeVisible();
  await app.check('rounds-empty');

  // The register of respondents: two organisations; a name taken twice is refused at the field.
  await view.getByRole('button', { name: 'Vastaajat' }).click();
  const register = page.getByRole('dialog', { name: 'Vastaajat' });
  await addRespondent(register, KERAVA, 'Kunta', 'kirjaamo@kerava.fi');
  await register.getByRole('button', { name: 'Lisää vastaaja' }).click();
  await addRespondent(register, LUKIO, 'Koulutuksen järjestäjä');
  await register.getByRole('button', { name: 'Lisää vastaaja' }).click();
  await register.getByLabel('Nimi').fill(KERAVA);
  await register.getByRole('button', { name: 'Lisää', exact: true }).click();
  await expect(register.getByLabel('Nimi')).toHaveAccessibleDescription(/on jo käytössä/);
  await register.getByRole('button', { name: 'Peruuta' }).click();
  const registerRows = register
    .getByRole('table', { name: 'Vastaajaorganisaatiot' })
    .getByRole('row');
  await expect(registerRows).toHaveCount(3);
  await suunta.axe();
  await register.getByRole('button', { name: 'Valmis' }).click();
  await expect(register).toBeHidden();

  // A new round on the text as it is now, open through February.
  await view.getByRole('button', { name: 'Uusi kommenttikierros' }).click();
  const create = page.getByRole('dialog', { name: 'Uusi kommenttikierros' });
  await create.getByLabel('Kierroksen nimi').fill(ROUND);
  await expect(create.getByLabel('Kommentoitava teksti')).toHaveValue('');
  await create.getByLabel('Alkaa').fill('1.2.2027');
  await create.getByLabel('Vastausaika päättyy').fill('28.2.2027');
  await create.getByLabel('Ohjeet vastaajille').fill('Kommentoikaa luonnosta Wordin kommenteilla.');
  await create.getByRole('button', { name: 'Luo kierros' }).click();
  await expect(create).toBeHidden();
  await expect(view.getByRole('heading', { name: ROUND, level: 2 })).toBeVisible();
  await expect(
    view.getByText(/versio 1 – Luonnoksen lausuntokierros · 1\.2\.2027–28\.2\.2027/),
  ).toBeVisible();

  // Both organisations are asked; a question about 1.1.
  await view.getByRole('checkbox', { name: new RegExp(KERAVA) }).check();
  await expect(view.getByText('vastannut 0 · kutsuttu 1')).toBeVisible();
  await view.getByRole('checkbox', { name: new RegExp(LUKIO) }).check();
  await expect(view.getByText('vastannut 0 · kutsuttu 2')).toBeVisible();
  await view.getByRole('button', { name: 'Lisää kysymys' }).click();
  const question = page.getByRole('dialog', { name: 'Lisää kysymys' });
  await question.getByLabel('Mitä kysymys koskee').selectOption({ label: SCOPE });
  await question
    .getByLabel('Kysymys', { exact: true })
    .fill('Ovatko tavoitteet riittävän selkeät?');
  await question.getByRole('button', { name: 'Lisää kysymys' }).click();
  await expect(question).toBeHidden();
  await expect(view.getByRole('listitem').filter({ hasText: 'Ovatko tavoitteet' })).toContainText(
    SCOPE,
  );

  // The send-out package: cover letter, the draft as PDF and Word, the response form.
  const folder = join(suunta.dir, 'lahetys');
  mkdirSync(folder);
  suunta.dialogs.queueFolder(folder);
  await view.getByRole('button', { name: 'Lähetettävät tiedostot…' }).click();
  const written = view.getByRole('region', { name: 'Lähetettävät tiedostot' });
  await expect(written.getByRole('listitem')).toHaveCount(4, { timeout: 120_000 });
  const names = readdirSync(folder);
  expect(names.map((name) => name.split('.').pop()).sort()).toEqual([
    'docx',
    'docx',
    'pdf',
    'xlsx',
  ]);
  for (const name of names) await expect(written).toContainText(name);
  await view.evaluate((main) => main.scrollTo(0, 0));
  await app.check('round-details');

  // Two returned Word files and a survey export, in one go.
  const first = join(suunta.dir, 'kerava.docx');
  const second = join(suunta.dir, 'tuusula.docx');
  const survey = join(suunta.dir, 'kysely.csv');
  writeFileSync(first, await returnedDocx({ sections, authors: [KERAVA, 'Jaana Virtanen'] }));
  writeFileSync(
    second,
    await returnedDocx({ sections, authors: ['Tuusulan kunta', 'Olli Mäkinen'] }),
  );
  writeFileSync(
    survey,
    surveyCsv([
      ['Organisaatio', 'Luku', 'Kommentti', 'Vastausaika'],
      [KERAVA, '1.2', 'Palveluiden saatavuus on kuvattava kunnittain.', '3.2.2027'],
      [LUKIO, 'Yleistä', 'Luonnos on selkeä kokonaisuus.', '4.2.2027'],
      [LUKIO, 'Luku 12', 'Liitteet puuttuvat.', '4.2.2027'],
      [KERAVA, '1.1', '', '5.2.2027'],
    ]),
  );
  suunta.dialogs.queueCommentFiles([first, second, survey]);
  await view.getByRole('button', { name: 'Tuo kommentteja…' }).click();
  const importer = page.getByRole('dialog', { name: `Tuo kommentteja: ${ROUND}` });
  const files = importer.getByRole('table', { name: 'Valitut tiedostot' });
  // Reading three files takes a moment on a slow machine.
  await expect(files.getByRole('row')).toHaveCount(4, { timeout: 60_000 });
  await expect(files.getByRole('row', { name: /kysely\.csv/ })).toContainText('1 kohta jää pois');
  // The survey's columns as recognised, the column left out named, and the sample rows.
  const columns = importer.getByRole('group', { name: 'Kyselyn sarakkeet: kysely.csv' });
  await expect(columns.getByLabel('Organisaatio')).toHaveValue('0');
  await expect(columns.getByLabel('Luku tai kohta')).toHaveValue('1');
  await expect(columns.getByLabel('Kommentti')).toHaveValue('2');
  await expect(columns.getByText('Näitä sarakkeita ei tuoda: ”Vastausaika”.')).toBeVisible();
  // A row naming no section of the version becomes a general comment, and is listed as such.
  await columns.getByText(/ei osu mihinkään lukuun/).click();
  await expect(columns.getByRole('listitem').filter({ hasText: '”Luku 12”' })).toBeVisible();
  // Another choice of columns reads the file again: without a section column nothing is placed.
  const sectionColumn = columns.getByLabel('Luku tai kohta');
  await sectionColumn.selectOption({ label: 'Ei mikään' });
  await expect(columns.getByText(/ei osu mihinkään lukuun/)).toBeHidden();
  await expect(columns.getByRole('columnheader', { name: 'Luku', exact: true })).toBeVisible();
  await sectionColumn.selectOption({ label: 'Luku' });
  await expect(
    columns.getByRole('columnheader', { name: 'Luku tuodaan: Luku tai kohta' }),
  ).toBeVisible();
  await expect(columns.getByText(/ei osu mihinkään lukuun/)).toBeVisible();

  // Whose comments: Kerava by its name, Virtanen is the upper secondary school, the rest new.
  const authors = importer.getByRole('table', { name: 'Kenen kommentteja' });
  await expect(authors.getByLabel(`Vastaaja: ${KERAVA}`)).toHaveValue(/.+/);
  await expect(authors.getByLabel(`Vastaaja: ${KERAVA}`).locator('option:checked')).toHaveText(
    KERAVA,
  );
  await authors.getByLabel('Vastaaja: Jaana Virtanen').selectOption({ label: LUKIO });
  await expect(authors.getByLabel('Uuden vastaajan nimi: Tuusulan kunta')).toHaveValue(
    'Tuusulan kunta',
  );
  await expect(authors.getByLabel('Uuden vastaajan tyyppi: Tuusulan kunta')).toHaveValue(
    'municipality',
  );
  await authors.getByLabel('Uuden vastaajan nimi: Olli Mäkinen').fill('Keski-Uudenmaan huoltajat');
  await authors
    .getByLabel('Uuden vastaajan tyyppi: Olli Mäkinen')
    .selectOption({ label: 'Huoltajat' });
  await app.check('import-mapping');
  await importer.getByRole('button', { name: /^Tuo \d+ kommenttia$/ }).click();

  const report = page.getByRole('dialog', { name: 'Kommentit tuotu' });
  await expect(report).toBeVisible();
  await expect(report.getByText(/^\d+ kommenttia tuotu$/)).toBeVisible();
  await expect(report).toContainText(
    'Uudet vastaajat rekisterissä: Tuusulan kunta, Keski-Uudenmaan huoltajat',
  );
  await expect(report.getByRole('row', { name: /kysely\.csv/ })).toContainText('1 kohta jää pois');
  await app.check('import-report');
  await report.getByRole('button', { name: 'Valmis' }).click();
  await expect(report).toBeHidden();
  await expect(view.getByText('vastannut 4 · kutsuttu 2')).toBeVisible();
  await expect(view.getByText(/Tuusulan kunta\s*Kunta\s*vastasi, 1 kommentti/)).toBeVisible();

  // The register remembers the Word author as the school, and has the two new organisations.
  await view.getByRole('button', { name: 'Muokkaa vastaajarekisteriä…' }).click();
  await expect(registerRows).toHaveCount(5);
  await expect(register.getByRole('row', { name: new RegExp(LUKIO) })).toContainText(
    'Muistetut nimet: Jaana Virtanen',
  );
  await expect(register.getByRole('row', { name: /Keski-Uudenmaan huoltajat/ })).toContainText(
    'Huoltajat',
  );
  await app.check('respondents');
  await register.getByRole('button', { name: 'Valmis' }).click();

  // The chair's review opens from the round, and Escape comes back to it.
  await view.getByRole('button', { name: 'Käsittele kommentit' }).click();
  await expect(view.getByRole('heading', { level: 2, name: new RegExp(ROUND) })).toBeFocused();
  await expect(view.getByRole('button', { name: 'Käsittele kommentit' })).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(view.getByRole('heading', { name: ROUND, level: 2, exact: true })).toBeVisible();

  // The summary as CSV for Excel: every comment with its respondent.
  const summaryPath = join(suunta.dir, 'kooste.csv');
  suunta.dialogs.queueExportPath(summaryPath);
  await view.getByRole('button', { name: 'Vie kooste (CSV)…' }).click();
  await expect(app.toast(/^Kooste tallennettu:/)).toBeVisible();
  expect(suunta.dialogs.asked.at(-1)).toMatchObject({ kind: 'export', format: 'csv' });
  const csv = readFileSync(summaryPath, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trim().split(/\r?\n/);
  for (const [who, text] of [
    [KERAVA, 'Tavoitteet pitäisi kirjata mitattavina.'],
    ['Tuusulan kunta', 'Tavoitteet pitäisi kirjata mitattavina.'],
    [LUKIO, 'Kuka vastaa yhteisöllisen opiskeluhuollon koordinoinnista?'],
    ['Keski-Uudenmaan huoltajat', 'Kuka vastaa yhteisöllisen opiskeluhuollon koordinoinnista?'],
    [KERAVA, 'Palveluiden saatavuus on kuvattava kunnittain.'],
    [LUKIO, 'Luonnos on selkeä kokonaisuus.'],
  ])
    expect(
      lines.some((line) => line.includes(who!) && line.includes(text!)),
      `${who}: ${text}`,
    ).toBe(true);
  expect(lines.every((line) => line.includes(';'))).toBe(true);

  // Back to the list: the round with its figures.
  await page.keyboard.press('Escape');
  const rounds = view.getByRole('table', { name: 'Suunnitelman kommenttikierrokset, uusin ensin' });
  const row = rounds.getByRole('row', { name: new RegExp(ROUND) });
  await expect(row).toContainText('versio 1 – Luonnoksen lausuntokierros');
  await expect(row).toContainText('1.2.2027–28.2.2027');
  await expect(row).toContainText(/käsitelty 0 \/ \d+/);
  await expect(row).toContainText('vastannut 4 · kutsuttu 2');
  await app.check('rounds-list');
});

test('comment import: damaged and broken files are refused with a clear message, nothing written', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  await suunta.open();
  await app.createPlan({ file: 'huono.opsu', region: 'Keski-Uudenmaan hyvinvointialue' });
  await app.menu('showRounds');
  const view = page.getByRole('main', { name: 'Kommenttikierrokset' });

  // Without a round there is nowhere to import to: the menu command says so.
  await app.menu('importComments');
  await expect(app.alert).toContainText('Luo ensin kommenttikierros');

  await view.getByRole('button', { name: 'Uusi kommenttikierros' }).click();
  const create = page.getByRole('dialog', { name: 'Uusi kommenttikierros' });
  await create.getByLabel('Kierroksen nimi').fill(ROUND);
  await create.getByRole('button', { name: 'Luo kierros' }).click();
  await expect(view.getByRole('heading', { name: ROUND, level: 2 })).toBeVisible();

  const noise = join(suunta.dir, 'palaute.docx');
  writeFileSync(noise, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  const broken = join(suunta.dir, 'kysely.xlsx');
  const zipStart = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);
  writeFileSync(broken, Buffer.concat([zipStart, Buffer.alloc(600, 0x41)]));

  for (const [path, name] of [
    [noise, 'palaute.docx'],
    [broken, 'kysely.xlsx'],
  ] as const) {
    suunta.dialogs.queueCommentFiles([path]);
    // The first from the text view: the command brings the rounds forward and imports there.
    if (name === 'palaute.docx') await app.showView('Teksti');
    await app.menu('importComments');
    const failed = page.getByRole('dialog', { name: 'Tiedostoja ei voitu tuoda' });
    await expect(failed.getByRole('alert')).toHaveText(/Mitään ei tuotu/);
    await expect(failed.getByRole('listitem')).toHaveText(name);
    await suunta.axe();
    await failed.getByRole('button', { name: 'Sulje' }).click();
    await expect(failed).toBeHidden();
  }
  // Nothing was written: the round has no comments.
  await page.keyboard.press('Escape');
  const row = view.getByRole('row', { name: new RegExp(ROUND) });
  await expect(row).toContainText('käsitelty 0 / 0');
});

/** Fills the register's form for a new respondent and adds it. */
async function addRespondent(register: Locator, name: string, kind: string, contact?: string) {
  await register.getByLabel('Nimi').fill(name);
  await register.getByLabel('Tyyppi').selectOption({ label: kind });
  if (contact) await register.getByLabel('Yhteystieto').fill(contact);
  await register.getByRole('button', { name: 'Lisää', exact: true }).click();
  await expect(register.getByRole('row', { name: new RegExp(name) })).toBeVisible();
}
