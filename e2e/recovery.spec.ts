import type { Core } from '../src/main/core/core';
import type { RecoveredDraft } from '../src/shared/domain/recovery';
import { fail } from '../src/shared/result';
import { expect, test } from './harness/index';
import { SuuntaApp } from './pages/app';

test.describe.configure({ timeout: 120_000 });

const INTRO = '1 Johdanto';
const SCOPE = '1.1 Suunnitelman tarkoitus ja soveltamisala';

/** The disk stops taking writes: every section save fails, everything else works. */
function failSaves(core: Core): () => void {
  const handle = core.handle.bind(core);
  core.handle = (channel, input, ctx) =>
    channel === 'section.save'
      ? Promise.resolve(fail('IO', { path: '/levy/kaatuu.opsu' }))
      : handle(channel, input, ctx);
  return () => {
    core.handle = handle;
  };
}

test('text typed while saves fail survives a crashed window and is offered back', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page, core, senderId } = suunta;
  await suunta.open();
  const planPath = await app.createPlan({ file: 'kaatuu.opsu', region: 'Keski-Uusimaa' });
  await app.write(INTRO, 'Tallennettu teksti.');
  await app.write(SCOPE, 'Soveltamisala on tallessa.');
  await app.saved();

  const recovered = failSaves(core);
  await app.write(INTRO, ' Kirjoitettu kun levy ei toiminut.');
  await app.write(SCOPE, ' Tämä hylätään.');
  await expect(app.saveStatus).toHaveAttribute('data-state', 'error');

  // Autosave hands the typing to the core while saves fail: wait until the newest text is there.
  const ctx = { senderId };
  const listed = async () => {
    const opened = await core.handle('plan.open', { path: planPath }, ctx);
    if (!opened.ok) return [];
    const { docId } = opened.value as { docId: string };
    const result = await core.handle('recovery.list', { docId }, ctx);
    return result.ok ? (result.value as { drafts: RecoveredDraft[] }).drafts : [];
  };
  await expect
    .poll(async () => (await listed()).map((draft) => draft.preview).sort())
    .toEqual([
      'Soveltamisala on tallessa. Tämä hylätään.',
      'Tallennettu teksti. Kirjoitettu kun levy ei toiminut.',
    ]);

  // The renderer crashes: no flush, the shell releases the window's plan and loads the page
  // again on the plan it had open (the `open` URL parameter), as the crash dialog's reload does.
  core.releaseSender(senderId);
  await suunta.open({ planPath });
  const offer = page.getByRole('dialog', { name: 'Tallentamatonta tekstiä löytyi' });
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('2 lukuun kirjoitettua tekstiä ei ehditty tallentaa.');
  await expect(offer.getByRole('heading', { name: INTRO })).toBeVisible();
  await expect(offer).toContainText('Tallennettu teksti. Kirjoitettu kun levy ei toiminut.');
  // The file holds everything that was acknowledged, and only that.
  expect(await app.stored(planPath, '1')).toContain('"Tallennettu teksti."');
  expect(await app.stored(planPath, '1.1')).toContain('"Soveltamisala on tallessa."');
  await app.check('recovery-offer');

  // The disk works again.
  recovered();
  await offer.getByRole('button', { name: `Palauta teksti lukuun ${INTRO}` }).click();
  await expect(offer.getByRole('heading', { name: INTRO })).toBeHidden();
  await expect(offer.getByRole('button', { name: `Palauta teksti lukuun ${SCOPE}` })).toBeFocused();
  await offer.getByRole('button', { name: `Hylkää luvun ${SCOPE}` }).click();
  await expect(offer).toBeHidden();

  const restored = 'Tallennettu teksti. Kirjoitettu kun levy ei toiminut.';
  await expect(app.editor(INTRO)).toHaveText(restored);
  await expect(app.editor(INTRO)).toBeFocused();
  await expect(app.editor(SCOPE)).toHaveText('Soveltamisala on tallessa.');
  await app.saved();
  expect(await app.stored(planPath, '1')).toContain(restored);
  expect(await app.stored(planPath, '1.1')).toContain('Soveltamisala on tallessa.');
  expect(await listed()).toEqual([]);

  // The restore was an ordinary edit: undo takes it back, redo brings it again, both saved.
  await page.keyboard.press('Control+z');
  await expect(app.editor(INTRO)).toHaveText('Tallennettu teksti.');
  await page.keyboard.press('Control+Shift+z');
  await expect(app.editor(INTRO)).toHaveText(restored);
  await app.saved();
  expect(await app.stored(planPath, '1')).toContain(restored);

  // Opened again, nothing more is offered.
  core.releaseSender(senderId);
  await suunta.open({ planPath });
  await expect(app.editor(INTRO)).toHaveText(restored);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
