import type { Locator } from '@playwright/test';
import { expect, test } from './harness/index';
import { SuuntaApp } from './pages/app';

// A journey scans every screen it visits with axe, which takes seconds on a full plan.
test.describe.configure({ timeout: 300_000 });
test.use({ viewport: { width: 1400, height: 900 } });

const SCOPE = '1.1 Suunnitelman tarkoitus ja soveltamisala';
const ROUND = 'Luonnoksen kommenttikierros';
const TEXT =
  'Suunnitelma koskee kaikkia alueen oppilaitoksia. Yhteisöllinen opiskeluhuolto on ensisijaista. ' +
  'Kuraattorin palvelut ovat maksuttomia kaikille opiskelijoille.';

test('the chair reviews a round: keyboard triage, bulk, a change applied and undone, the margin', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  const announcer = page.getByTestId('announcer');
  await suunta.open();
  await app.setName('Maija Meikäläinen');
  const path = await app.createPlan({
    file: 'review.opsu',
    region: 'Keski-Uudenmaan hyvinvointialue',
  });
  await app.write(SCOPE, TEXT);
  await app.saved();

  // The round and the comments that came in, prepared through the API as imports would.
  await page.evaluate(
    async ({ path, round }) => {
      const must = <T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T => {
        if (!result.ok) throw new Error(JSON.stringify(result.error));
        return result.value;
      };
      const { docId, outline } = must(await window.api.plan.open({ path }));
      const sectionId = outline.find((entry) => entry.number === '1.1')!.id;
      for (const name of ['Espoon kaupunki', 'Vantaan kaupunki', 'Keravan kaupunki']) {
        must(
          await window.api.respondents.save({ docId, respondent: { name, kind: 'municipality' } }),
        );
      }
      const register = must(await window.api.respondents.list({ docId }));
      const id = (name: string) => register.find((respondent) => respondent.name === name)!.id;
      const { id: roundId } = must(
        await window.api.rounds.create({ docId, title: round, versionId: null }),
      );
      const quote = (exact: string) => ({ exact, prefix: '', suffix: '' });
      const comments = [
        {
          respondentId: id('Espoon kaupunki'),
          sectionId,
          quote: quote('Yhteisöllinen opiskeluhuolto'),
          text: 'Kuvatkaa yhteisöllisen työn muodot tarkemmin.',
        },
        {
          respondentId: id('Vantaan kaupunki'),
          sectionId,
          quote: quote('kaikille opiskelijoille'),
          text: 'Täsmennys.',
          kind: 'change' as const,
          proposal: 'kaikille alueen opiskelijoille',
        },
        { respondentId: id('Keravan kaupunki'), sectionId: null, text: 'Selkeä luonnos.' },
        {
          respondentId: id('Espoon kaupunki'),
          sectionId,
          quote: quote('Kuraattorin palvelut'),
          text: 'Mainitkaa myös psykologit.',
        },
      ];
      for (const comment of comments)
        must(await window.api.comments.add({ docId, roundId, comment }));
    },
    { path, round: ROUND },
  );

  // Into the review from the round.
  await app.menu('showRounds');
  await page.getByRole('button', { name: ROUND }).click();
  await page.getByRole('button', { name: 'Käsittele kommentit' }).click();
  await expect(
    page.getByRole('heading', { name: `Kommenttien käsittely: ${ROUND}` }),
  ).toBeVisible();
  await expect(page.getByText('Käsitelty 0 / 4')).toBeVisible();
  const list = page.getByRole('list', { name: 'Kommentit' });
  const item = (number: string): Locator =>
    list.getByRole('button', { name: new RegExp(`^${number} `) });
  await expect(item('K1')).toHaveAttribute('aria-current', 'true');
  await expect(page.getByText('Pikanäppäimet:')).toBeVisible();

  // A comment that came by e-mail: the passage selected in the round's version with the keyboard.
  await page.getByRole('button', { name: 'Lisää kommentti' }).click();
  const add = page.getByRole('dialog', { name: 'Lisää kommentti' });
  await add.getByLabel('Vastaaja').selectOption({ label: 'Keravan kaupunki (Kunta)' });
  await add.getByLabel('Kohde').selectOption({ label: SCOPE });
  const version = add.getByLabel(/Luvun 1\.1 teksti versiossa/);
  await expect(version).toHaveValue(TEXT);
  await version.focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 'Suunnitelma '.length; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 'koskee kaikkia'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(add.locator('q')).toHaveText('koskee kaikkia');
  await add
    .getByRole('textbox', { name: 'Kommentti', exact: true })
    .fill('Koskeeko myös varhaiskasvatusta?');
  await app.check('add-comment');
  await add.getByRole('button', { name: 'Lisää kommentti' }).click();
  await expect(add).toBeHidden();
  await expect(item('K5')).toBeVisible();
  await expect(page.getByText('Käsitelty 0 / 5')).toBeVisible();

  // Keyboard triage: 2 = hyväksytty, Enter to the response, Ctrl+Enter saves and moves on.
  await item('K1').focus();
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  const response = page.getByLabel('Vastine', { exact: true });
  await expect(response).toBeFocused();
  await page.keyboard.type('Täydennetään lukuun 1.1.');
  await page.keyboard.press('Control+Enter');
  await expect(announcer).toHaveText(/K1 tallennettu: Hyväksytty\. Seuraava avoin: K2/);
  await expect(item('K2')).toBeFocused();
  await expect(item('K1')).toContainText('Täydennetään lukuun 1.1.');

  // Every resolution but avoin needs a response: said at the field, nothing saved.
  await page.keyboard.press('2');
  await page.keyboard.press('Control+Enter');
  await expect(response).toBeFocused();
  await expect(response).toHaveAccessibleDescription(/Kirjoita vastine/);
  await page.keyboard.type('Muutos tehdään.');
  await page.keyboard.press('Control+Enter');
  await expect(item('K3')).toBeFocused();

  await page.keyboard.press('5');
  await page.keyboard.press('r');
  await expect(response).toBeFocused();
  await page.keyboard.type('Kiitos palautteesta.');
  await page.keyboard.press('Control+Enter');
  await expect(item('K4')).toBeFocused();
  await expect(page.getByText('Käsitelty 3 / 5')).toBeVisible();
  // K/↑ and J/↓ move without saving.
  await page.keyboard.press('k');
  await expect(item('K3')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(item('K4')).toBeFocused();
  await app.check('review');

  // Bulk: Space marks K4 and K5, one resolution for both.
  await page.keyboard.press('Space');
  await page.keyboard.press('j');
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Aseta ratkaisu 2 valitulle…' }).click();
  const bulk = page.getByRole('dialog', { name: 'Ratkaisu 2 kommentille' });
  await bulk.getByRole('radio', { name: 'Osittain hyväksytty' }).check();
  await bulk.getByLabel('Vastine').fill('Otetaan huomioon seuraavassa versiossa.');
  await app.check('review-bulk');
  await bulk.getByRole('button', { name: 'Kirjaa ratkaisu' }).click();
  await expect(bulk).toBeHidden();
  await expect(page.getByText('Käsitelty 5 / 5')).toBeVisible();

  // Filters: one respondent's comments.
  await page.getByLabel('Vastaaja', { exact: true }).selectOption({ label: 'Espoon kaupunki' });
  await expect(page.getByText('Näytetään 2 / 5 kommenttia')).toBeVisible();
  await page.getByLabel('Vastaaja', { exact: true }).selectOption({ label: 'Kaikki' });

  // The change proposal applied to the text, then undone from the notice.
  await item('K2').click();
  const detail = page.getByRole('region', { name: /^K2 · Vantaan kaupunki/ });
  await expect(detail.locator('del')).toContainText('kaikille opiskelijoille');
  await expect(detail.locator('ins')).toContainText('kaikille alueen opiskelijoille');
  await detail.getByRole('button', { name: 'Vie muutos tekstiin' }).click();
  await expect(app.toast('Muutos K2 viety lukuun 1.1.')).toBeVisible();
  await expect(detail.getByText('Muutos on viety tekstiin.')).toBeVisible();
  // The section's editor (mounted behind the review) holds the new wording, so what she types
  // there later cannot bring the old wording back.
  const textBehind = page.getByRole('textbox', { name: SCOPE, includeHidden: true });
  await expect(textBehind).toContainText('kaikille alueen opiskelijoille');
  await page.getByRole('button', { name: 'Kumoa', exact: true }).click();
  await expect(app.toast('Muutos K2 kumottu.')).toBeVisible();
  await expect(textBehind).not.toContainText('kaikille alueen opiskelijoille');
  await expect(detail.getByRole('button', { name: 'Vie muutos tekstiin' })).toBeVisible();

  // "Näytä tekstissä": the text view with the passage selected.
  await item('K1').click();
  await page.getByRole('button', { name: 'Näytä tekstissä' }).click();
  await expect(app.editor(SCOPE)).toBeFocused();
  await expect
    .poll(() => page.evaluate(() => document.getSelection()?.toString()))
    .toBe('Yhteisöllinen opiskeluhuolto');

  // The margin: the round's comments beside the text, passages highlighted (the checklist
  // closed to give the text room).
  await app.menu('toggleChecklist');
  await app.menu('toggleComments');
  const margin = page.getByRole('complementary', { name: 'Kommentit' });
  await expect(margin).toBeVisible();
  const marginItem = (number: string) =>
    margin.getByRole('button', { name: new RegExp(`^${number} `) });
  await expect(marginItem('K4')).toBeVisible();
  const highlighted = () => page.evaluate(() => CSS.highlights.get('suunta-comment')?.size ?? 0);
  await expect.poll(highlighted).toBe(4);
  // In the order of their passages in the text: K5 is about its first words.
  await expect(margin.getByRole('listitem').first()).toContainText('K5');

  // From a comment to its passage, and from the passage (Alt+Enter) back to the comment.
  await marginItem('K4').click();
  await expect
    .poll(() => page.evaluate(() => document.getSelection()?.toString()))
    .toBe('Kuraattorin palvelut');
  await expect(app.editor(SCOPE)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Alt+Enter');
  await expect(marginItem('K4')).toBeFocused();
  await expect(marginItem('K4')).toHaveAttribute('aria-current', 'true');
  await app.check('editor-margin');

  // The passage edited away: its comment stays, marked, with the original quote.
  await marginItem('K4').click();
  await page.keyboard.type('Psykologin palvelut');
  await expect(marginItem('K4')).toContainText('Kohtaa ei enää löydy tekstistä');
  await expect(marginItem('K4')).toContainText('Kuraattorin palvelut');
  await expect.poll(highlighted).toBe(3);

  // And back into the review at that comment.
  await margin
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: /^K4 / }) })
    .getByRole('button', { name: 'Avaa käsittelyssä' })
    .click();
  await expect(item('K4')).toHaveAttribute('aria-current', 'true');

  // A change proposal on the passage edited away is not applied, and she is told why.
  await page.evaluate(
    async ({ path }) => {
      const must = <T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T => {
        if (!result.ok) throw new Error(JSON.stringify(result.error));
        return result.value;
      };
      const { docId, outline } = must(await window.api.plan.open({ path }));
      const [round] = must(await window.api.rounds.list({ docId }));
      const [respondent] = must(await window.api.respondents.list({ docId }));
      const comment = {
        respondentId: respondent!.id,
        sectionId: outline.find((entry) => entry.number === '1.1')!.id,
        quote: { exact: 'Kuraattorin palvelut', prefix: '', suffix: '' },
        text: '',
        kind: 'change' as const,
        proposal: 'Kuraattori- ja psykologipalvelut',
      };
      must(await window.api.comments.add({ docId, roundId: round!.id, comment }));
    },
    { path },
  );
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Käsittele kommentit' }).click();
  await item('K6').click();
  const orphanedChange = page.getByRole('region', { name: /^K6 / });
  await expect(orphanedChange).toContainText('Kohtaa ei enää löydy tekstistä');
  await orphanedChange.getByRole('button', { name: 'Vie muutos tekstiin' }).click();
  await expect(orphanedChange.getByRole('alert')).toContainText('ei enää löydy luvun tekstistä');

  // A comment typed in by hand can be corrected and removed.
  await orphanedChange.getByRole('button', { name: 'Poista' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Poistetaanko kommentti K6?' });
  await confirm.getByRole('button', { name: 'Poista kommentti' }).click();
  await expect(item('K6')).toHaveCount(0);
  await item('K5').click();
  await page.getByRole('region', { name: /^K5 / }).getByRole('button', { name: 'Muokkaa' }).click();
  const edit = page.getByRole('dialog', { name: 'Muokkaa kommenttia K5' });
  await edit.getByLabel('Kommentti').fill('Koskeeko suunnitelma myös varhaiskasvatusta?');
  await edit.getByRole('button', { name: 'Tallenna' }).click();
  await expect(edit).toBeHidden();
  await expect(item('K5')).toContainText('Koskeeko suunnitelma myös varhaiskasvatusta?');
});
