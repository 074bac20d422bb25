import { expect, test } from './harness/index';
import { SuuntaApp } from './pages/app';

// A journey scans every screen it visits with axe, which takes seconds on a full plan.
test.describe.configure({ timeout: 240_000 });

const SURVEY = 'Kysely jäsenorganisaatioille';
const ROUND = 'Luonnoksen kommenttikierros';
const EVENING = 'Aluehallituksen iltakoulu';
const COMMITTEE = 'Palvelujen järjestämisen lautakunta';
const BOARD = 'Aluehallitus';
const COUNCIL = 'Aluevaltuusto';
const ENFORCEMENT = 'Päätöksen täytäntöönpano';
const PUBLICATION = 'Julkaisu';
const NEXT_PLAN = 'Seuraavan valtuustokauden suunnitelma';
const DEFAULT_PROCESS = [
  SURVEY,
  ROUND,
  EVENING,
  COMMITTEE,
  BOARD,
  COUNCIL,
  ENFORCEMENT,
  PUBLICATION,
  NEXT_PLAN,
];
const SCOPE = '1.1 Suunnitelman tarkoitus ja soveltamisala';
const BOARD_EDIT = 'Lautakunnan käsittelyn jälkeen lisättiin ammatillinen koulutus.';
const DIGEST = '\\(tunniste [0-9a-f]{12}…\\)';

test('decision milestones: the Keusote 2022 timeline, overdue and next steps, decisions freeze versions', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  /** The notices pile up in a fast journey; she would have read and closed them. */
  const closeToasts = async () => {
    const close = page.getByRole('button', { name: 'Sulje ilmoitus' });
    while ((await close.count()) > 0) await close.first().click();
  };
  await page.setViewportSize({ width: 1280, height: 800 });
  // The committee meets on 23.11.2022; she opens the plan two days later.
  suunta.clock.set('2022-11-25T10:00:00+02:00');
  await suunta.open();
  await app.createPlan({
    file: 'keusote.opsu',
    title: 'Keski-Uudenmaan alueellinen opiskeluhuoltosuunnitelma',
    region: 'Keski-Uudenmaan hyvinvointialue',
    period: '2022–2025',
  });

  // A new plan has the default process, nothing done and no dates yet.
  const status = page.getByTestId('plan-progress');
  await expect(status).toHaveText(
    `Vaihe: ei vielä toteutuneita·Seuraavaksi: ${SURVEY} (ei päivämäärää)`,
  );
  await app.menu('showTimeline');
  const view = page.getByRole('main', { name: 'Aikataulu ja päätökset' });
  await expect(view).toBeVisible();
  expect(await app.milestoneNames()).toEqual(DEFAULT_PROCESS);
  for (const name of DEFAULT_PROCESS) {
    await expect(app.milestoneRow(name).getByRole('cell').nth(1)).toHaveText(/Ei asetettu/);
  }
  await expect(view.getByText(/Vaiheilla ei ole vielä päivämääriä/)).toBeVisible();

  // Dates typed as d.m.yyyy; a wrong format is pointed out when she leaves the field.
  const editor = await app.openMilestoneEditor(SURVEY);
  const start = editor.getByLabel('Alkaa');
  await start.fill('5.9.22');
  await editor.getByLabel('Päättyy').focus();
  await expect(start).toHaveAttribute('aria-invalid', 'true');
  await expect(start).toHaveAccessibleDescription(
    /Anna päivämäärä muodossa p\.k\.vvvv, esim\. 8\.12\.2022\./,
  );
  await start.fill('5.9.2022');
  await expect(start).not.toHaveAttribute('aria-invalid');
  await editor.getByLabel('Päättyy').fill('21.9.2022');
  await app.check('milestone-editor');
  await editor.getByRole('button', { name: 'Tallenna' }).click();
  await expect(editor).toBeHidden();

  // The Keusote 2022 schedule.
  await app.planMilestone(ROUND, '29.9.2022', '12.10.2022');
  await app.planMilestone(EVENING, '11.10.2022');
  await app.planMilestone(COMMITTEE, '23.11.2022');
  await app.planMilestone(BOARD, '29.11.2022');
  await app.planMilestone(COUNCIL, '8.12.2022');
  await expect(app.milestoneRow(SURVEY).getByRole('cell').nth(1)).toHaveText('5.9.2022–21.9.2022');
  await expect(app.milestoneRow(COUNCIL).getByRole('cell').nth(1)).toHaveText('8.12.2022');
  await expect(page.getByTestId('timeline-chart')).toContainText('Tänään 25.11.2022');

  // Impossible: a period that ends before it starts is refused at the field, nothing saved.
  const round = await app.openMilestoneEditor(ROUND);
  await round.getByLabel('Päättyy').fill('20.9.2022');
  await round.getByRole('button', { name: 'Tallenna' }).click();
  await expect(round.getByLabel('Päättyy')).toBeFocused();
  await expect(round.getByLabel('Päättyy')).toHaveAccessibleDescription(
    /Päättymispäivä 20\.9\.2022 on ennen alkamispäivää 29\.9\.2022\. Mitään ei tallennettu\./,
  );
  await round.getByRole('button', { name: 'Peruuta' }).click();
  await expect(app.milestoneRow(ROUND).getByRole('cell').nth(1)).toHaveText('29.9.2022–12.10.2022');

  // Doubtful: publication planned before the council decides is saved, with a warning.
  await app.planMilestone(PUBLICATION, '1.12.2022');
  await expect(app.milestoneRow(PUBLICATION)).toContainText(
    'Suunniteltu aikaisemmaksi kuin prosessissa edeltävä vaihe.',
  );

  // What happened before today; the evening session saw a text, frozen as version 1.
  expect(await app.markMilestoneDone(SURVEY, '21.9.2022')).toBe(
    `${SURVEY} merkitty toteutuneeksi.`,
  );
  await app.markMilestoneDone(ROUND, '12.10.2022');
  expect(await app.markMilestoneDone(EVENING, '11.10.2022')).toMatch(
    new RegExp(`^${EVENING} merkitty toteutuneeksi; versio 1 jäädytetty ${DIGEST}\\.$`),
  );

  // 25.11.2022: the committee met two days ago but is not marked done — overdue, and next.
  const committee = app.milestoneRow(COMMITTEE);
  await expect(committee.getByText('Myöhässä', { exact: true })).toBeVisible();
  await expect(committee.getByText('Seuraavaksi', { exact: true })).toBeVisible();
  const overdue = `Vaihe: ${EVENING} 11.10.2022 toteutunut·Seuraavaksi: ${COMMITTEE} 23.11.2022 (myöhässä 2 päivää)`;
  await expect(status).toHaveText(overdue);
  await expect(page.getByTestId('timeline-progress')).toHaveText(overdue);
  await closeToasts();
  await view.evaluate((element) => element.scrollTo(0, 0));
  await app.check('timeline');
  await app.showView('Teksti');
  await suunta.screenshot('plan-status');

  // The committee is marked done: the text it decided on is frozen as version 2.
  await status.click();
  await expect(view).toBeVisible();
  expect(await app.markMilestoneDone(COMMITTEE, '23.11.2022')).toMatch(
    new RegExp(`^${COMMITTEE} merkitty toteutuneeksi; versio 2 jäädytetty ${DIGEST}\\.$`),
  );
  await expect(committee.getByRole('cell').nth(5)).toContainText(
    `Versio 2: ${COMMITTEE} 23.11.2022`,
  );
  await expect(status).toHaveText(
    `Vaihe: ${COMMITTEE} 23.11.2022 toteutunut·Seuraavaksi: ${BOARD} 29.11.2022 (4 päivää)`,
  );

  // She edits the text after the committee.
  await app.showView('Teksti');
  await app.write(SCOPE, BOARD_EDIT);
  await app.saved();

  // The board decided on the committee's text: she links version 2. A decision dated before
  // that version was frozen is impossible and refused at the date.
  suunta.clock.set('2022-11-29T16:00:00+02:00');
  await app.showView('Aikataulu');
  await app
    .milestoneRow(BOARD)
    .getByRole('button', { name: /^Merkitse toteutuneeksi:/ })
    .click();
  const markBoard = page.getByRole('dialog', { name: `Merkitse toteutuneeksi: ${BOARD}` });
  await expect(markBoard.getByLabel('Toteutunut päivä')).toHaveValue('29.11.2022');
  await expect(markBoard.getByLabel('Jäädytä nykyinen teksti päätösversioksi')).toBeChecked();
  await markBoard.getByLabel('Toteutunut päivä').fill('24.11.2022');
  await markBoard.getByLabel('Liitä olemassa oleva versio').check();
  // The newest version is offered first: the committee's.
  await expect(markBoard.getByLabel('Versio', { exact: true })).toHaveText(/^Versio 2: /);
  await markBoard.getByRole('button', { name: 'Merkitse toteutuneeksi' }).click();
  await expect(markBoard.getByLabel('Toteutunut päivä')).toHaveAccessibleDescription(
    /Päätöspäivä 24\.11\.2022 on aikaisempi kuin päivä, jona siihen liitetty versio 2 tallennettiin \(25\.11\.2022\)/,
  );
  await markBoard.getByLabel('Toteutunut päivä').fill('29.11.2022');
  await markBoard.getByRole('button', { name: 'Merkitse toteutuneeksi' }).click();
  await expect(markBoard).toBeHidden();
  await expect(
    app.toast(new RegExp(`^${BOARD} merkitty toteutuneeksi; liitetty versio 2 ${DIGEST}\\.$`)),
  ).toBeVisible();

  // The council adopts the edited text on 8.12.2022: version 3, with its decision reference.
  suunta.clock.set('2022-12-08T18:00:00+02:00');
  expect(await app.markMilestoneDone(COUNCIL, '8.12.2022')).toMatch(
    new RegExp(`^${COUNCIL} merkitty toteutuneeksi; versio 3 jäädytetty ${DIGEST}\\.$`),
  );
  const council = await app.openMilestoneEditor(COUNCIL);
  await council.getByLabel('Kokouspäivä').fill('8.12.2022');
  await council.getByLabel('Pykälä (§)').fill('12');
  await council.getByLabel('Päätös', { exact: true }).fill('hyväksyttiin muutoksitta');
  await council.getByLabel('Pöytäkirjan verkko-osoite').fill('ftp://keusote.fi/ptk');
  await council.getByRole('button', { name: 'Tallenna' }).click();
  await expect(council.getByLabel('Pöytäkirjan verkko-osoite')).toHaveAccessibleDescription(
    'Anna verkko-osoite, joka alkaa http:// tai https://.',
  );
  await council
    .getByLabel('Pöytäkirjan verkko-osoite')
    .fill('https://keusote.fi/paatoksenteko/aluevaltuusto-8-12-2022');
  await council.getByRole('button', { name: 'Tallenna' }).click();
  await expect(council).toBeHidden();
  const councilRow = app.milestoneRow(COUNCIL);
  await expect(councilRow).toContainText('Aluevaltuusto 8.12.2022 § 12 – hyväksyttiin muutoksitta');
  await expect(councilRow.getByRole('cell').nth(5)).toContainText(`Versio 3: ${COUNCIL} 8.12.2022`);
  await councilRow.getByRole('button', { name: `Pöytäkirja: ${COUNCIL}` }).click();
  await expect
    .poll(() => suunta.externalUrls)
    .toEqual(['https://keusote.fi/paatoksenteko/aluevaltuusto-8-12-2022']);

  // The decision versions are in the versions view.
  await app.showView('Versiot');
  const versions = page.getByRole('table', { name: 'Suunnitelman versiot, uusin ensin' });
  await expect(versions.getByRole('row')).toHaveCount(4);
  await expect(versions).toContainText(`${COUNCIL} 8.12.2022`);
  await expect(versions).toContainText(`${COMMITTEE} 23.11.2022`);
  // What the council adopted against what the committee saw: the edit made in between.
  await versions.getByRole('checkbox', { name: 'Valitse versio 2 vertailuun' }).check();
  await versions.getByRole('checkbox', { name: 'Valitse versio 3 vertailuun' }).check();
  await page.getByRole('button', { name: 'Vertaa valittuja' }).click();
  await expect(page.getByRole('heading', { name: 'Vertailu', level: 2 })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Yhteenveto' })).toContainText('1 luku muutettu');
  const changes = page.locator('.diff-sections');
  await expect(changes.locator('ins').filter({ hasText: 'ammatillinen koulutus' })).toHaveCount(1);
  await expect(changes.locator('del')).toHaveCount(0);

  // Reordering with the keyboard: publication picked up, moved above enforcement, dropped.
  await app.showView('Aikataulu');
  const handle = app
    .milestoneRow(PUBLICATION)
    .getByRole('button', { name: `Siirrä vaihetta ${PUBLICATION}` });
  await handle.focus();
  // dnd-kit measures the rows between key presses, as it has time to when a person types.
  for (const key of ['Space', 'ArrowUp', 'Space']) {
    await page.keyboard.press(key);
    await app.settle();
  }
  const reordered = [...DEFAULT_PROCESS.slice(0, 6), PUBLICATION, ENFORCEMENT, NEXT_PLAN];
  await expect.poll(() => app.milestoneNames()).toEqual(reordered);
  await expect(page.getByTestId('announcer')).toHaveText(`${PUBLICATION} siirretty kohtaan 7/9.`);
  // …and with the row's menu.
  await app
    .milestoneRow(NEXT_PLAN)
    .getByRole('button', { name: `Lisää toimintoja: ${NEXT_PLAN}` })
    .click();
  await page.getByRole('menuitem', { name: 'Siirrä ylös' }).click();
  await expect
    .poll(() => app.milestoneNames())
    .toEqual([...DEFAULT_PROCESS.slice(0, 6), PUBLICATION, NEXT_PLAN, ENFORCEMENT]);

  // Everything is in the plan file: after a reload the timeline is as she left it.
  await suunta.reload();
  // Reopening the plan takes a moment on a busy machine.
  await expect(app.outline).toBeVisible({ timeout: 30_000 });
  await expect(status).toHaveText(
    `Vaihe: ${COUNCIL} 8.12.2022 toteutunut·Seuraavaksi: ${PUBLICATION} 1.12.2022 (myöhässä 7 päivää)`,
  );
  await status.click();
  await expect
    .poll(() => app.milestoneNames())
    .toEqual([...DEFAULT_PROCESS.slice(0, 6), PUBLICATION, NEXT_PLAN, ENFORCEMENT]);
  await expect(app.milestoneRow(COMMITTEE).getByRole('cell').nth(2)).toHaveText('23.11.2022');
  await expect(app.milestoneRow(BOARD).getByRole('cell').nth(5)).toContainText(
    `Versio 2: ${COMMITTEE} 23.11.2022`,
  );
  await expect(app.milestoneRow(COUNCIL)).toContainText('§ 12 – hyväksyttiin muutoksitta');
  await closeToasts();
  await app.milestoneTable.scrollIntoViewIfNeeded();
  await suunta.screenshot('timeline-table');

  // At 200 % zoom (a 1280 × 800 window shows 640 × 400 CSS pixels) the view still reads.
  await page.setViewportSize({ width: 640, height: 400 });
  await page.getByTestId('timeline-chart').scrollIntoViewIfNeeded();
  await suunta.screenshot('timeline-zoom');
});

test('decision milestones: add a step where it belongs, rename it and back, remove it', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  const MEETING = 'Yhteistyöryhmän kokous';
  suunta.clock.set('2022-09-01T09:00:00+03:00');
  await suunta.open();
  await app.createPlan({ file: 'steps.opsu', region: 'Keski-Uudenmaan hyvinvointialue' });
  await app.showView('Aikataulu');

  // Added after the comment round from that row's menu; its editor opens for the dates.
  await app
    .milestoneRow(ROUND)
    .getByRole('button', { name: `Lisää toimintoja: ${ROUND}` })
    .click();
  await page.getByRole('menuitem', { name: 'Lisää vaihe tämän jälkeen…' }).click();
  const add = page.getByRole('dialog', { name: 'Lisää vaihe' });
  await expect(add.getByLabel('Sijainti')).toHaveValue(/.+/);
  await expect(add.getByLabel('Sijainti').locator('option:checked')).toHaveText(
    `Vaiheen ${ROUND} jälkeen`,
  );
  await add.getByLabel('Vaiheen tyyppi').selectOption({ label: 'Muu vaihe' });
  await add.getByLabel('Oma nimi').fill(MEETING);
  await suunta.axe();
  await add.getByRole('button', { name: 'Lisää vaihe' }).click();
  const editor = page.getByRole('dialog', { name: `Muokkaa vaihetta: ${MEETING}` });
  await editor.getByLabel('Alkaa').fill('4.10.2022');
  await editor.getByRole('button', { name: 'Tallenna' }).click();
  await expect(editor).toBeHidden();
  expect((await app.milestoneNames()).slice(0, 4)).toEqual([SURVEY, ROUND, MEETING, EVENING]);
  await expect(app.milestoneRow(MEETING)).toContainText('Muu vaihe');

  // Renamed from the menu, then back to the kind's label.
  await app
    .milestoneRow(MEETING)
    .getByRole('button', { name: `Lisää toimintoja: ${MEETING}` })
    .click();
  await page.getByRole('menuitem', { name: 'Nimeä uudelleen…' }).click();
  const rename = page.getByRole('dialog', { name: 'Nimeä vaihe uudelleen' });
  await rename.getByLabel('Nimi').fill('Ryhmän kokous');
  await rename.getByRole('button', { name: 'Tallenna' }).click();
  await expect(rename).toBeHidden();
  await app
    .milestoneRow('Ryhmän kokous')
    .getByRole('button', { name: /^Lisää toimintoja/ })
    .click();
  await page.getByRole('menuitem', { name: 'Palauta oletusnimi' }).click();
  await expect(page.getByTestId('announcer')).toHaveText('Vaihe nimetty: Muu vaihe.');

  // Removed after a question: "no" returns to the row's menu button, "yes" on to "Lisää vaihe…".
  const menuButton = app
    .milestoneRow('Muu vaihe')
    .getByRole('button', { name: /^Lisää toimintoja/ });
  await menuButton.click();
  await page.getByRole('menuitem', { name: 'Poista…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Poistetaanko vaihe?' });
  await confirm.getByRole('button', { name: 'Peruuta' }).click();
  await expect(menuButton).toBeFocused();
  await menuButton.click();
  await page.getByRole('menuitem', { name: 'Poista…' }).click();
  await expect(confirm).toContainText('Vaihe ”Muu vaihe” poistetaan aikataulusta.');
  await confirm.getByRole('button', { name: 'Poista vaihe' }).click();
  await expect(app.toast('Muu vaihe poistettu aikataulusta.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lisää vaihe…' })).toBeFocused();
  expect(await app.milestoneNames()).toEqual(DEFAULT_PROCESS);
});
