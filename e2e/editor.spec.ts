import { expect, test } from './harness/index';
import { storedNodes, SuuntaApp, type StoredNode } from './pages/app';

// A journey scans every screen it visits with axe, which takes seconds on a full plan.
test.describe.configure({ timeout: 120_000 });

test('undo and redo in the editor, by keyboard and toolbar, and what is left is saved', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  await suunta.open();
  const path = await app.createPlan({ file: 'undo.opsu', region: 'Lapin hyvinvointialue' });
  const editor = app.editor('1 Johdanto');
  const undo = app.toolbar.getByRole('button', { name: 'Kumoa' });
  const redo = app.toolbar.getByRole('button', { name: 'Tee uudelleen' });
  await expect(undo).toHaveAttribute('aria-disabled', 'true');

  // Inserted in one go, the sentence is one step in the history whatever the typing speed.
  const sentence = 'Suunnitelma hyväksytään aluevaltuustossa.';
  await app.caretToEnd('1 Johdanto');
  await page.keyboard.insertText(sentence);
  await expect(editor).toHaveText(sentence);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+b');
  const bold = editor.locator('.ed-bold');
  await expect(bold).toHaveText(sentence);
  await expect(app.toolbar.getByRole('button', { name: 'Lihavointi' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.keyboard.press('Control+z');
  await expect(bold).toHaveCount(0);
  await expect(editor).toHaveText(sentence);
  await page.keyboard.press('Control+z');
  await expect(editor).toHaveText('');
  await expect(page.getByText('Kirjoita tähän…').first()).toBeVisible();
  await page.keyboard.press('Control+y');
  await expect(editor).toHaveText(sentence);
  await page.keyboard.press('Control+Shift+z');
  await expect(bold).toHaveText(sentence);
  await expect(redo).toHaveAttribute('aria-disabled', 'true');

  await undo.click();
  await expect(bold).toHaveCount(0);
  await expect(redo).not.toHaveAttribute('aria-disabled');
  await app.check('c-after-undo');
  await redo.click();
  await expect(bold).toHaveText(sentence);
  await undo.click();
  await expect(bold).toHaveCount(0);

  await app.saved();
  const stored = JSON.parse(await app.stored(path, '1')) as unknown;
  expect(JSON.stringify(stored)).toContain(sentence);
  expect(JSON.stringify(stored)).toContain('"format":0');
  await suunta.reload();
  await expect(app.editor('1 Johdanto')).toHaveText(sentence);
  await expect(app.editor('1 Johdanto').locator('.ed-bold')).toHaveCount(0);
});

test('the formatting toolbar makes headings, bold, italic, underline, lists, links, quotes and tables', async ({
  suunta,
}) => {
  const app = new SuuntaApp(suunta);
  const { page } = suunta;
  await suunta.open();
  const path = await app.createPlan({ file: 'format.opsu', region: 'Kainuun hyvinvointialue' });
  const editor = app.editor('1 Johdanto');
  const button = (name: string) => app.toolbar.getByRole('button', { name, exact: true });

  // Heading 2 from the text style menu.
  await app.write('1 Johdanto', 'Yleistä');
  await app.toolbar.getByRole('button', { name: 'Tekstityyli: Kappale' }).click();
  await app.check('g-block-type-menu');
  await page.getByRole('menuitemradio', { name: /Otsikko 2/ }).click();
  await expect(editor.locator('h2')).toHaveText('Yleistä');
  await expect(app.toolbar.getByRole('button', { name: 'Tekstityyli: Otsikko 2' })).toBeVisible();

  // Bold, italic and underline as toggle buttons.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Tavoite ');
  for (const [name, word] of [
    ['Lihavointi', 'lihavoitu'],
    ['Kursivointi', 'kursiivi'],
    ['Alleviivaus', 'alleviivattu'],
  ] as const) {
    await button(name).click();
    await expect(button(name)).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.type(word);
    await button(name).click();
    await expect(button(name)).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.type(' ');
  }
  await expect(editor.locator('.ed-bold')).toHaveText('lihavoitu');
  await expect(editor.locator('.ed-italic')).toHaveText('kursiivi');
  await expect(editor.locator('.ed-underline')).toHaveText('alleviivattu');

  // A link on selected text: the address is checked, completed, and opens only through the app.
  await page.keyboard.type('laki');
  await app.settle();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
  await app.settle();
  await page.keyboard.press('Control+k');
  const linkDialog = page.getByRole('dialog', { name: 'Lisää linkki' });
  await linkDialog.getByLabel('Osoite').fill('javascript:alert(1)');
  await linkDialog.getByRole('button', { name: 'OK' }).click();
  await expect(linkDialog.getByText(/Osoite ei kelpaa/)).toBeVisible();
  await app.check('g-link-dialog-error');
  await linkDialog.getByLabel('Osoite').fill('www.finlex.fi/fi/laki/ajantasa/2013/20131287');
  await linkDialog.getByRole('button', { name: 'OK' }).click();
  const link = editor.getByRole('link', { name: 'laki' });
  await expect(link).toHaveAttribute(
    'href',
    'https://www.finlex.fi/fi/laki/ajantasa/2013/20131287',
  );
  const popover = page.getByRole('group', { name: 'Linkki' });
  await expect(popover).toBeVisible();
  await app.check('g-link-popover');
  await popover.getByRole('button', { name: 'Avaa' }).click();
  await link.click({ modifiers: ['Control'] });
  expect(suunta.externalUrls).toEqual([
    'https://www.finlex.fi/fi/laki/ajantasa/2013/20131287',
    'https://www.finlex.fi/fi/laki/ajantasa/2013/20131287',
  ]);

  // Lists, nested with Tab, and a numbered list.
  await app.caretToEnd('1 Johdanto');
  await page.keyboard.press('Enter');
  await button('Luettelomerkit').click();
  await page.keyboard.type('Kuraattoripalvelut');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Yläkoulut');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('Psykologipalvelut');
  await expect(editor.locator('ul ul li')).toHaveText('Yläkoulut');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // an empty item ends the list
  await button('Numerointi').click();
  await expect(button('Numerointi')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('Ensimmäinen vaihe');
  await expect(editor.locator('ol li')).toHaveText('Ensimmäinen vaihe');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');

  // A quote, then a table with a header row, changed through the table menu.
  await button('Lainaus').click();
  await page.keyboard.type('Opiskeluhuolto on kaikkien asia.');
  await expect(editor.locator('blockquote')).toHaveText('Opiskeluhuolto on kaikkien asia.');
  await page.keyboard.press('Enter');
  await expect(button('Lainaus')).toHaveAttribute('aria-pressed', 'false');
  await button('Taulukko').click();
  await page.getByRole('menuitem', { name: 'Lisää taulukko…' }).click();
  const tableDialog = page.getByRole('dialog', { name: 'Lisää taulukko' });
  await tableDialog.getByLabel('Rivejä').fill('2');
  await tableDialog.getByLabel('Sarakkeita').fill('3');
  await expect(tableDialog.getByLabel('Ensimmäinen rivi on otsikkorivi')).toBeChecked();
  await app.check('g-table-dialog');
  await tableDialog.getByRole('button', { name: 'Lisää' }).click();
  const table = editor.locator('table');
  await expect(table.locator('tr')).toHaveCount(2);
  await expect(table.locator('tr').first().locator('th')).toHaveCount(3);
  await table.locator('tr').first().locator('th').first().click();
  await page.keyboard.type('Palvelu');

  const tableMenu = async (item: string) => {
    await app.toolbar.getByRole('button', { name: 'Taulukko', exact: true }).click();
    await page.getByRole('menuitem', { name: item }).click();
  };
  await tableMenu('Lisää rivi alapuolelle');
  await expect(table.locator('tr')).toHaveCount(3);
  await tableMenu('Lisää sarake oikealle');
  await expect(table.locator('tr').first().locator('th')).toHaveCount(4);
  await tableMenu('Poista sarake');
  await expect(table.locator('tr').first().locator('th')).toHaveCount(3);
  await app.toolbar.getByRole('button', { name: 'Taulukko', exact: true }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Otsikkorivi' }).click();
  await expect(table.locator('th')).toHaveCount(0);
  await app.toolbar.getByRole('button', { name: 'Taulukko', exact: true }).click();
  await expect(page.getByRole('menuitemcheckbox', { name: 'Otsikkorivi' })).toHaveAttribute(
    'aria-checked',
    'false',
  );
  await app.check('g-table-menu');
  await page.getByRole('menuitemcheckbox', { name: 'Otsikkorivi' }).click();
  await expect(table.locator('tr').first().locator('th')).toHaveCount(3);
  await expect(table.locator('th').first()).toHaveText('Palvelu');
  await app.check('g-formatted-section');

  // The stored state has exactly the nodes the toolbar made.
  await app.saved();
  const nodes = storedNodes(await app.stored(path, '1'));
  const texts = (predicate: (node: StoredNode) => boolean) =>
    nodes.filter(predicate).map((node) => node.text);
  expect(nodes.find((node) => node.type === 'heading')).toMatchObject({ tag: 'h2' });
  expect(texts((node) => node.format === 1)).toEqual(['lihavoitu']);
  expect(texts((node) => node.format === 2)).toEqual(['kursiivi']);
  expect(texts((node) => node.format === 8)).toEqual(['alleviivattu']);
  expect(nodes.find((node) => node.type === 'link')).toMatchObject({
    url: 'https://www.finlex.fi/fi/laki/ajantasa/2013/20131287',
  });
  const lists = nodes.filter((node) => node.type === 'list');
  expect(lists.map((node) => node.listType)).toEqual(['bullet', 'bullet', 'number']);
  expect(nodes.filter((node) => node.type === 'quote')).toHaveLength(1);
  expect(nodes.filter((node) => node.type === 'tablerow')).toHaveLength(3);
  const cells = nodes.filter((node) => node.type === 'tablecell');
  expect(cells).toHaveLength(9);
  expect(cells.map((cell) => cell.headerState)).toEqual([1, 1, 1, 0, 0, 0, 0, 0, 0]);
});
