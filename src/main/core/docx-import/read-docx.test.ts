import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocxPreviewSchema } from '../../../shared/domain/docx-import';
import { parseEditorState, type LexicalNodeJson } from '../../../shared/domain/lexical';
import { docxBuffer, para, richDocument, reviewedDocument, writeFixture } from './fixtures';
import { readDocx, type ReadDocx } from './read-docx';
import { headingTitle } from './split-sections';

let dir: string;
let rich: ReadDocx;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'suunta-docx-'));
  rich = await readDocx(writeFixture(join(dir, 'Aiempi suunnitelma.docx'), await richDocument()));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every node of a section's editor state, depth first. */
function nodesOf(content: string): LexicalNodeJson[] {
  const state = parseEditorState(content)!;
  const all: LexicalNodeJson[] = [];
  const visit = (node: LexicalNodeJson) => {
    all.push(node);
    node.children?.forEach(visit);
  };
  state.root.children.forEach(visit);
  return all;
}
const section = (title: string) => {
  const index = rich.preview.sections.findIndex((entry) => entry.title === title);
  expect(index, title).toBeGreaterThanOrEqual(0);
  return { preview: rich.preview.sections[index]!, nodes: nodesOf(rich.contents[index]!.content) };
};

describe('a Word file becomes proposed sections', { timeout: 60_000 }, () => {
  it('answers a preview of the contract, named and digested', () => {
    expect(DocxPreviewSchema.safeParse(rich.preview).success).toBe(true);
    expect(rich.preview.fileName).toBe('Aiempi suunnitelma.docx');
    expect(rich.preview.sourceDigest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes the Title style as the plan title, ahead of the document properties', () => {
    expect(rich.preview.title).toBe('Alueellinen opiskeluhuoltosuunnitelma 2022–2025');
  });

  it('makes h1–h3 sections, nesting by level; a skipped level closes up; empty headings are none', () => {
    expect(rich.preview.sections.map((entry) => [entry.title, entry.depth])).toEqual([
      ['Alueellinen opiskeluhuoltosuunnitelma 2022–2025', 1],
      ['Johdanto', 1],
      ['Tavoitteet och principer', 2],
      ['Hypätty taso', 3],
      ['Yhteistyö', 1],
    ]);
    expect(rich.preview.notices).toContainEqual({ code: 'contentBeforeFirstHeading', count: 1 });
  });

  it('keeps a fourth-level heading as a heading inside the section', () => {
    const { nodes } = section('Tavoitteet och principer');
    expect(nodes.find((node) => node.type === 'heading')).toMatchObject({ tag: 'h4' });
    expect(rich.preview.notices).toContainEqual({ code: 'deepHeadings', count: 1 });
  });

  it('keeps bold, italic and underline, and Finnish and Swedish letters', () => {
    const { nodes } = section('Johdanto');
    const format = (text: string) => nodes.find((node) => node.text === text)?.format;
    expect([format('Lihavoitu'), format('kursivoitu'), format('alleviivattu')]).toEqual([1, 2, 8]);
    const swedish = section('Tavoitteet och principer').nodes;
    expect(swedish.some((node) => node.text === 'Åbo, Vörå och Närpes: ä ö å Ä Ö Å.')).toBe(true);
  });

  it('keeps web links and makes other links plain text', () => {
    const { nodes } = section('Johdanto');
    const links = nodes.filter((node) => node.type === 'link');
    expect(links.map((link) => link.url)).toEqual([
      'https://finlex.fi/fi/laki/ajantasa/2013/20131287',
    ]);
    expect(rich.contents[1]!.plainText).toContain('Katso Finlex ja paikallinen.');
  });

  it('nests bulleted and numbered lists', () => {
    const { preview, nodes } = section('Tavoitteet och principer');
    const lists = nodes.filter((node) => node.type === 'list');
    expect(lists.map((list) => list.listType)).toEqual(['bullet', 'bullet', 'number', 'number']);
    expect(preview.lists).toBe(2);
  });

  it('keeps merged table cells', () => {
    const { preview, nodes } = section('Hypätty taso');
    expect(preview.tables).toBe(1);
    const cells = nodes.filter((node) => node.type === 'tablecell');
    expect(cells.find((cell) => cell.colSpan === 2)).toBeDefined();
    expect(cells.find((cell) => cell.rowSpan === 2)).toBeDefined();
  });

  it('reports images by their alternative text in their section, and reads none', () => {
    expect(section('Hypätty taso').preview.images).toEqual([{ alt: 'Palvelujen kaavio' }]);
    expect(rich.preview.notices).toContainEqual({ code: 'imagesNotImported', count: 1 });
  });

  it('moves a footnote to a numbered list at the end of the section that cites it', () => {
    const { nodes } = section('Johdanto');
    const lists = nodes.filter((node) => node.type === 'list');
    expect(lists.at(-1)).toMatchObject({ listType: 'number' });
    const text = rich.contents[1]!.plainText;
    expect(text).toContain('viite.[1]');
    expect(text.endsWith('Oppilas- ja opiskelijahuoltolaki 1287/2013.')).toBe(true);
    expect(text).not.toContain('↑');
    expect(rich.preview.notices).toContainEqual({ code: 'notesMoved', count: 1 });
  });

  it('counts words and gives an excerpt per section', () => {
    const intro = section('Johdanto').preview;
    expect(intro.words).toBeGreaterThan(5);
    expect(intro.excerpt.startsWith('Lihavoitu ja kursivoitu')).toBe(true);
    expect(rich.preview.words).toBe(
      rich.preview.sections.reduce((sum, entry) => sum + entry.words, 0),
    );
  });

  it('suggests requirements by title', () => {
    expect(section('Yhteistyö').preview.suggestions[0]).toMatchObject({
      requirementId: 'reg.cooperation_plan',
    });
    expect(section('Johdanto').preview.suggestions).toEqual([]);
  });

  it('leaves no DOM globals behind', () => {
    expect('window' in globalThis).toBe(false);
    expect('document' in globalThis).toBe(false);
  });
});

describe('documents of other shapes', { timeout: 60_000 }, () => {
  const read = async (name: string, bytes: Promise<Buffer>) =>
    readDocx(writeFixture(join(dir, name), await bytes));

  it('makes a document without headings one section named by its properties', async () => {
    const plain = await read('plain.docx', docxBuffer([para('Vain tekstiä.')], { title: 'Nimi' }));
    expect(plain.preview.title).toBe('Nimi');
    expect(plain.preview.sections.map((entry) => entry.title)).toEqual(['Nimi']);
    expect(plain.preview.notices).toEqual([{ code: 'noHeadings', count: 1 }]);
  });

  it('falls back to the file name for the title', async () => {
    const plain = await read('Suunnitelma 2022.docx', docxBuffer([para('Tekstiä.')]));
    expect(plain.preview.title).toBe('Suunnitelma 2022');
  });

  it('reports tracked changes (accepted) and ignored comments', async () => {
    const reviewed = await read('reviewed.docx', reviewedDocument());
    expect(reviewed.contents[0]!.plainText).toBe('Pysyvä teksti. Lisätty.');
    expect(reviewed.preview.notices).toEqual([
      { code: 'trackedChanges', count: 2 },
      { code: 'commentsIgnored', count: 1 },
    ]);
  });

  it('refuses a document without text', async () => {
    await expect(read('empty.docx', docxBuffer([]))).rejects.toMatchObject({
      code: 'EMPTY_DOCUMENT',
    });
    await expect(read('blank.docx', docxBuffer([para(''), para('  ')]))).rejects.toMatchObject({
      code: 'EMPTY_DOCUMENT',
    });
  });
});

describe('headingTitle', () => {
  it('drops a typed outline number but keeps years and number-only titles', () => {
    expect(headingTitle(' 3.2. Opiskeluhuollon  voimavarat ')).toBe('Opiskeluhuollon voimavarat');
    expect(headingTitle('1 Johdanto')).toBe('Johdanto');
    expect(headingTitle('2022 talousarvio')).toBe('2022 talousarvio');
    expect(headingTitle('4.1')).toBe('4.1');
    expect(headingTitle('x'.repeat(400))).toHaveLength(300);
  });
});
