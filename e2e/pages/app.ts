import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, type Suunta } from '../harness/index';
import type { MenuCommand } from '../../src/shared/ipc';

/** The facts of a new plan as a test fills them in. */
export interface NewPlanInput {
  file: string;
  title?: string;
  region: string;
  period?: string;
}

/**
 * The app as the secretary sees it, in Finnish: the start screen, the outline, the document and
 * the toolbar. Locators go by role and accessible name, as a screen reader user would.
 */
export class SuuntaApp {
  readonly page: Page;

  constructor(readonly suunta: Suunta) {
    this.page = suunta.page;
  }

  /** Every screen a journey visits is photographed and scanned for WCAG 2.1 AA problems. */
  async check(name: string): Promise<void> {
    await this.suunta.screenshot(name);
    await this.suunta.axe();
  }

  get alert(): Locator {
    return this.page.getByTestId('app-alert');
  }

  get saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }

  get outline(): Locator {
    return this.page.getByRole('tree');
  }

  get toolbar(): Locator {
    return this.page.getByRole('toolbar');
  }

  /** The outline row of a section, by its number and title ("1.2 Valmistelu ja hyväksyminen"). */
  row(name: string | RegExp): Locator {
    return this.outline.getByRole('treeitem', { name });
  }

  /** The text box of a section, named by its numbered heading. */
  editor(name: string | RegExp): Locator {
    return this.page.getByRole('textbox', { name });
  }

  /** Fills in "Uusi suunnitelma" and creates the plan in the test's folder. */
  async createPlan(input: NewPlanInput): Promise<string> {
    const path = join(this.suunta.dir, input.file);
    this.suunta.dialogs.queueNewPlanPath(path);
    await this.page.getByRole('button', { name: /Uusi suunnitelma/ }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Uusi suunnitelma' });
    if (input.title !== undefined) await dialog.getByLabel('Otsikko').fill(input.title);
    await dialog.getByLabel('Hyvinvointialue').fill(input.region);
    if (input.period !== undefined) await dialog.getByLabel('Kausi').fill(input.period);
    await dialog.getByRole('button', { name: 'Luo suunnitelma…' }).click();
    await expect(this.outline).toBeVisible();
    return path;
  }

  /** The import preview of "Tuo aiempi suunnitelma (DOCX)". */
  get importPreview(): Locator {
    return this.page.getByRole('dialog', { name: 'Tuo aiempi suunnitelma' });
  }

  /** Starts "Tuo aiempi suunnitelma (DOCX)" from the start screen, choosing `path` in the dialog. */
  async importDocx(path: string): Promise<void> {
    this.suunta.dialogs.queueDocxPath(path);
    await this.page.getByRole('button', { name: /^Tuo aiempi suunnitelma \(DOCX\)/ }).click();
  }

  /**
   * Waits until the page has painted twice: the editor has then applied a click's caret, so a
   * following key press starts from there instead of racing it.
   */
  async settle(): Promise<void> {
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
        ),
    );
  }

  /** Puts the caret at the very end of a section's text. */
  async caretToEnd(section: string | RegExp): Promise<void> {
    await this.editor(section).click();
    await this.settle();
    await this.page.keyboard.press('Control+End');
    await this.settle();
  }

  /** Types at the end of a section's text. */
  async write(section: string | RegExp, text: string): Promise<void> {
    await this.caretToEnd(section);
    await this.page.keyboard.type(text);
    await expect(this.editor(section)).toContainText(text);
  }

  /** Waits until everything typed so far is in the plan file. */
  async saved(): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-state', 'saved');
  }

  /** Sets her name in "Asetukset": confirmations and versions record who made them. */
  async setName(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Asetukset' }).click();
    const prefs = this.page.getByRole('dialog', { name: 'Asetukset' });
    await prefs.getByLabel('Nimi').fill(name);
    await prefs.getByRole('button', { name: 'Tallenna' }).click();
    await expect(prefs).toBeHidden();
  }

  /** Sends a command of the app menu, as its menu item or shortcut does (Ctrl+Shift+S …). */
  async menu(command: MenuCommand): Promise<void> {
    await this.suunta.emit('menuCommand', { command });
  }

  /** Switches the plan's view with the header's buttons ("Teksti", "Versiot", "Aikataulu"). */
  async showView(name: 'Teksti' | 'Versiot' | 'Aikataulu'): Promise<void> {
    const tab = this.page
      .getByRole('navigation', { name: 'Suunnitelman näkymät' })
      .getByRole('button', { name });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-pressed', 'true');
  }

  /** A notice in the corner ("Versio 1 tallennettu · tunniste …"). */
  toast(text: string | RegExp): Locator {
    return this.page.getByRole('region', { name: /Ilmoitukset/ }).getByText(text);
  }

  /**
   * Fills in "Tallenna versio" (opened by the caller: menu, header or versions view) and saves;
   * returns the toast's text, "Versio 2 tallennettu · tunniste 3f2a9c1b0d4e…".
   */
  async saveVersion(label: string, note?: string): Promise<string> {
    const dialog = this.page.getByRole('dialog', { name: 'Tallenna versio' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Nimi').fill(label);
    if (note !== undefined) await dialog.getByLabel('Huomautus (valinnainen)').fill(note);
    await dialog.getByRole('button', { name: 'Tallenna versio' }).click();
    await expect(dialog).toBeHidden();
    const toast = this.toast(/^Versio \d+ tallennettu · tunniste [0-9a-f]{12}…$/).last();
    await expect(toast).toBeVisible();
    return (await toast.textContent()) ?? '';
  }

  /** The timeline's table of steps, in process order. */
  get milestoneTable(): Locator {
    return this.page.getByRole('table', { name: 'Vaiheet prosessin järjestyksessä' });
  }

  /** A step's row in the timeline table, by its name ("Aluehallitus"). */
  milestoneRow(name: string): Locator {
    const header = this.page.getByRole('rowheader').filter({
      has: this.page.getByText(name, { exact: true }),
    });
    return this.milestoneTable.getByRole('row').filter({ has: header });
  }

  /** The step names of the timeline table, top to bottom. */
  async milestoneNames(): Promise<string[]> {
    return this.milestoneTable.locator('tbody .step-name').allTextContents();
  }

  /** Opens a step's editor ("Muokkaa vaihetta: …") from its row. */
  async openMilestoneEditor(name: string): Promise<Locator> {
    await this.milestoneRow(name)
      .getByRole('button', { name: /^Muokkaa:/ })
      .click();
    const dialog = this.page.getByRole('dialog', { name: /^Muokkaa vaihetta:/ });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Types a step's planned date or period (d.m.yyyy) in its editor and saves. */
  async planMilestone(name: string, start: string, end?: string): Promise<void> {
    const dialog = await this.openMilestoneEditor(name);
    await dialog.getByLabel(end === undefined ? 'Suunniteltu päivä' : 'Alkaa').fill(start);
    if (end !== undefined) await dialog.getByLabel('Päättyy').fill(end);
    await dialog.getByRole('button', { name: 'Tallenna' }).click();
    await expect(dialog).toBeHidden();
  }

  /**
   * "Merkitse toteutuneeksi" on a step: the actual date, and for a decision either a new frozen
   * version (the default) or `linkVersion`, an option's text start ("Versio 2"). Returns the toast.
   */
  async markMilestoneDone(name: string, date: string, linkVersion?: string): Promise<string> {
    await this.milestoneRow(name)
      .getByRole('button', { name: /^Merkitse toteutuneeksi:/ })
      .click();
    const dialog = this.page.getByRole('dialog', { name: /^Merkitse toteutuneeksi:/ });
    await dialog.getByLabel('Toteutunut päivä').fill(date);
    if (linkVersion !== undefined) {
      await dialog.getByLabel('Liitä olemassa oleva versio').check();
      const select = dialog.getByLabel('Versio', { exact: true });
      const option = select.locator('option', { hasText: linkVersion }).first();
      await select.selectOption((await option.getAttribute('value')) ?? '');
    }
    await dialog.getByRole('button', { name: 'Merkitse toteutuneeksi' }).click();
    await expect(dialog).toBeHidden();
    const toast = this.toast(/merkitty toteutuneeksi/).last();
    await expect(toast).toBeVisible();
    return (await toast.textContent()) ?? '';
  }

  /**
   * A channel called through the core as this window (setting up what the journey does not do
   * through the screen); its value, or an error naming the channel.
   */
  async call<T>(channel: string, input: unknown): Promise<T> {
    const result = await this.suunta.core.handle(channel, input, {
      senderId: this.suunta.senderId,
    });
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
    return result.value as T;
  }

  /**
   * A section's content as stored in the plan file (the Lexical JSON), read through the core as
   * this window: opening the plan again as the same sender hands back the already open plan.
   */
  async stored(planPath: string, number: string): Promise<string> {
    const { docId, outline } = await this.call<{
      docId: string;
      outline: Array<{ id: string; number: string }>;
    }>('plan.open', { path: planPath });
    const entry = outline.find((candidate) => candidate.number === number);
    if (!entry) throw new Error(`no section ${number}`);
    const section = await this.call<{ content: string | null }>('section.get', {
      docId,
      sectionId: entry.id,
    });
    return section.content ?? '';
  }

  /** The outline as "number title" lines, indented by level. */
  async outlineText(): Promise<string[]> {
    // A plan still opening has no rows yet: wait for them rather than read an empty tree.
    await expect(this.outline.getByRole('treeitem').first()).toBeVisible();
    return this.outline.getByRole('treeitem').evaluateAll((rows) =>
      rows.map(
        (row) =>
          '  '.repeat(Number(row.getAttribute('aria-level')) - 1) +
          (row.textContent ?? '')
            .replace(/^(\S+)/, '$1 ')
            .replace(/\s+/g, ' ')
            .trim(),
      ),
    );
  }
}

/** Drags one outline row onto another with the mouse, in small steps as a hand would. */
export async function dragRow(page: Page, source: Locator, target: Locator): Promise<void> {
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('outline row not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 10, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** A node of a stored Lexical state, as far as the journeys look at it. */
export interface StoredNode {
  type: string;
  text?: string;
  format?: number | string;
  style?: string;
  textStyle?: string;
  tag?: string;
  listType?: string;
  url?: string;
  headerState?: number;
  children?: StoredNode[];
  [key: string]: unknown;
}

/** Every node of a stored state, depth first. */
export function storedNodes(content: string): StoredNode[] {
  const state = JSON.parse(content) as { root: StoredNode };
  const all: StoredNode[] = [];
  const visit = (node: StoredNode) => {
    all.push(node);
    node.children?.forEach(visit);
  };
  visit(state.root);
  return all;
}
