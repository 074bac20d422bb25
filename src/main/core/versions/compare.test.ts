import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../../shared/domain/checklist';
import { blocksOf, compareSnapshots, diffText, type Side } from './compare';
import type { Snapshot } from './snapshot';

const text = (value: string) => ({ type: 'text', version: 1, text: value });
const paragraph = (value: string) => ({ type: 'paragraph', version: 1, children: [text(value)] });
const heading = (value: string) => ({
  type: 'heading',
  tag: 'h2',
  version: 1,
  children: [text(value)],
});
const item = (value: string, nested?: object) => ({
  type: 'listitem',
  version: 1,
  children: nested ? [text(value), nested] : [text(value)],
});
const list = (...items: object[]) => ({
  type: 'list',
  listType: 'bullet',
  version: 1,
  children: items,
});
const cell = (value: string) => ({ type: 'tablecell', version: 1, children: [paragraph(value)] });
const row = (...cells: string[]) => ({ type: 'tablerow', version: 1, children: cells.map(cell) });
const table = (...rows: object[]) => ({ type: 'table', version: 1, children: rows });
const state = (...children: object[]) => ({ root: { type: 'root', version: 1, children } });

const checklist: Checklist = {
  catalogueVersion: 'x',
  items: [],
  total: 0,
  done: 0,
  inProgress: 0,
  missing: [],
};

interface S {
  id: string;
  parentId?: string | null;
  title?: string;
  content?: Record<string, unknown> | null;
}
function snapshot(sections: S[], meta: Partial<Snapshot['meta']> = {}): Snapshot {
  return {
    format: 1,
    meta: {
      title: 'Suunnitelma',
      region: 'Alue',
      period: null,
      language: 'fi',
      helsinki: false,
      ...meta,
    },
    outline: sections.map((s) => ({
      id: s.id,
      parentId: s.parentId ?? null,
      title: s.title ?? s.id,
      templateKey: null,
    })),
    sections: sections.map((s) => ({ id: s.id, content: s.content ?? null, plainText: '' })),
    checklist,
    data: null,
  };
}
const side = (value: Snapshot, label = ''): Side => ({ versionId: null, label, snapshot: value });

describe('blocks of a section', () => {
  it('splits paragraphs, headings, nested list items and table rows', () => {
    const content = state(
      heading('Tavoitteet'),
      paragraph('Opiskeluhuolto on yhteistä työtä.'),
      paragraph(''),
      list(item('Kuraattori'), item('Psykologi', list(item('Koulupsykologi')))),
      table(row('Ammattiryhmä', 'Mitoitus'), row('Kuraattori', '1/670')),
      { type: 'quote', version: 1, children: [text('Lainaus')] },
    );
    expect(blocksOf(content)).toEqual([
      { kind: 'heading', text: 'Tavoitteet' },
      { kind: 'paragraph', text: 'Opiskeluhuolto on yhteistä työtä.' },
      { kind: 'listItem', text: 'Kuraattori', depth: 1 },
      { kind: 'listItem', text: 'Psykologi', depth: 1 },
      { kind: 'listItem', text: 'Koulupsykologi', depth: 2 },
      { kind: 'tableRow', text: 'Ammattiryhmä | Mitoitus' },
      { kind: 'tableRow', text: 'Kuraattori | 1/670' },
      { kind: 'quote', text: 'Lainaus' },
    ]);
    expect(blocksOf(null)).toEqual([]);
    expect(blocksOf({ root: { children: 'no' } })).toEqual([]);
  });
});

describe('word-level differences', () => {
  it('keeps Finnish words whole (ä, ö, å are word characters)', () => {
    const blocks = diffText(
      state(paragraph('Laadimme opiskeluhuoltosuunnitelma yhdessä.')),
      state(paragraph('Laadimme opiskeluhuoltosuunnitelmaa yhdessä ja säännöllisesti.')),
    );
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        change: 'changed',
        parts: [
          { op: 'equal', text: 'Laadimme ' },
          { op: 'delete', text: 'opiskeluhuoltosuunnitelma' },
          { op: 'insert', text: 'opiskeluhuoltosuunnitelmaa' },
          { op: 'equal', text: ' yhdessä' },
          { op: 'insert', text: ' ja säännöllisesti' },
          { op: 'equal', text: '.' },
        ],
      },
    ]);
    expect(diffText(state(paragraph('Sama')), state(paragraph('Sama')))).toEqual([]);
  });

  it('aligns blocks: unchanged ones stay equal, new ones are added, gone ones removed', () => {
    const blocks = diffText(
      state(
        paragraph('Ensimmäinen kappale.'),
        paragraph('Poistuva kappale.'),
        paragraph('Viimeinen.'),
      ),
      state(
        paragraph('Ensimmäinen kappale.'),
        paragraph('Viimeinen.'),
        paragraph('Aivan uusi loppu.'),
      ),
    );
    expect(blocks.map((block) => [block.change, block.parts.map((p) => p.text).join('')])).toEqual([
      ['equal', 'Ensimmäinen kappale.'],
      ['removed', 'Poistuva kappale.'],
      ['equal', 'Viimeinen.'],
      ['added', 'Aivan uusi loppu.'],
    ]);
  });

  it('compares a changed table row cell by cell and keeps list nesting', () => {
    const before = state(
      table(row('Ammattiryhmä', 'Mitoitus'), row('Kuraattori', '1/670'), row('Psykologi', '1/780')),
      list(item('Yhteisöllinen'), item('Yksilökohtainen', list(item('Kuraattori')))),
    );
    const after = state(
      table(row('Ammattiryhmä', 'Mitoitus'), row('Kuraattori', '1/600'), row('Psykologi', '1/780')),
      list(
        item('Yhteisöllinen'),
        item('Yksilökohtainen', list(item('Kuraattori'), item('Psykologi'))),
      ),
    );
    const blocks = diffText(before, after);
    expect(blocks.filter((block) => block.change !== 'equal')).toEqual([
      {
        kind: 'tableRow',
        change: 'changed',
        parts: [
          { op: 'equal', text: 'Kuraattori | 1/' },
          { op: 'delete', text: '670' },
          { op: 'insert', text: '600' },
        ],
      },
      { kind: 'listItem', change: 'added', parts: [{ op: 'insert', text: 'Psykologi' }], depth: 2 },
    ]);
  });

  it('pairs only similar blocks when several were replaced', () => {
    const blocks = diffText(
      state(paragraph('Kuraattorit tapaavat opiskelijat.'), paragraph('Aivan toinen asia.')),
      state(
        paragraph('Täysin uusi kappale ilman yhteistä.'),
        paragraph('Kuraattorit tapaavat kaikki opiskelijat.'),
      ),
    );
    expect(blocks.map((block) => block.change)).toEqual(['added', 'changed', 'removed']);
  });
});

describe('comparing two plans', () => {
  const from = snapshot(
    [
      { id: 'a', title: 'Johdanto', content: state(paragraph('Alku.')) },
      { id: 'b', title: 'Tavoitteet', content: state(paragraph('Tavoite yksi.')) },
      { id: 'b1', parentId: 'b', title: 'Periaatteet' },
      { id: 'c', title: 'Seuranta', content: state(paragraph('Seurataan vuosittain.')) },
      { id: 'd', title: 'Liitteet' },
    ],
    { period: '2023–2025' },
  );
  const to = snapshot(
    [
      { id: 'a', title: 'Johdanto', content: state(paragraph('Alku.')) },
      {
        id: 'c',
        title: 'Seuranta ja arviointi',
        content: state(paragraph('Seurataan vuosittain.')),
      },
      { id: 'b', title: 'Tavoitteet', content: state(paragraph('Tavoite yksi ja kaksi.')) },
      { id: 'n', title: 'Uusi luku', content: state(paragraph('Kolme uutta sanaa')) },
      { id: 'b1', parentId: 'n', title: 'Periaatteet' },
    ],
    { period: '2026–2029', helsinki: true },
  );

  it('finds added, removed, moved, renamed and changed sections, in the new reading order', () => {
    const result = compareSnapshots(side(from, 'Versio 1'), side(to));
    const flags = result.sections.map((section) => {
      const set = (['added', 'removed', 'moved', 'renamed', 'textChanged'] as const).filter(
        (flag) => section[flag],
      );
      return `${section.sectionId}:${set.join(',')}`;
    });
    expect(flags).toEqual([
      'a:',
      // b and c swapped places: the fewest moves explain it, so one of them counts as moved.
      'c:renamed',
      'b:moved,textChanged',
      'n:added',
      'b1:moved',
      'd:removed',
    ]);
    const c = result.sections[1]!;
    expect(c.from).toEqual({ title: 'Seuranta', number: '3' });
    expect(c.to).toEqual({ title: 'Seuranta ja arviointi', number: '2' });
    expect(result.sections[5]!.to).toBeNull();
    expect(result.stats).toEqual({
      added: 1,
      removed: 1,
      moved: 2,
      renamed: 1,
      textChanged: 1,
      wordsInserted: 5,
      wordsDeleted: 0,
    });
    expect(result.meta).toEqual([
      { field: 'period', from: '2023–2025', to: '2026–2029' },
      { field: 'helsinki', from: 'false', to: 'true' },
    ]);
    expect(result.from).toEqual({ versionId: null, label: 'Versio 1' });
  });

  it('finds nothing between a plan and itself', () => {
    const result = compareSnapshots(side(from), side(from));
    expect(Object.values(result.stats).every((count) => count === 0)).toBe(true);
    expect(result.sections.every((section) => section.blocks.length === 0)).toBe(true);
    expect(result.meta).toEqual([]);
  });
});

describe('live data blocks in a comparison', () => {
  const block = (value: object) => ({ type: 'suunta-data', version: 1, block: value });
  const before = snapshot([{ id: 'a', content: state(paragraph('Mitoitus.')) }]);
  const after = snapshot([
    {
      id: 'a',
      content: state(
        paragraph('Mitoitus.'),
        block({ kind: 'staffing', levelGroup: null }),
        block({ kind: 'nonsense' }),
      ),
    },
  ]);

  it('shows an inserted block by its caption in the plan language, a damaged one as such', () => {
    const result = compareSnapshots(side(before), side(after));
    expect(result.sections[0]!.blocks.filter((entry) => entry.change === 'added')).toEqual([
      {
        kind: 'paragraph',
        change: 'added',
        parts: [{ op: 'insert', text: '[Henkilöstömitoitus: koko alue]' }],
      },
      {
        kind: 'paragraph',
        change: 'added',
        parts: [
          { op: 'insert', text: '[Tietolohkoa ei voi näyttää: sen tiedot ovat vioittuneet.]' },
        ],
      },
    ]);
    expect(result.stats.textChanged).toBe(1);
  });

  it('shows a removed block, in Swedish for a Swedish plan', () => {
    const sv = (value: Snapshot): Snapshot => ({
      ...value,
      meta: { ...value.meta, language: 'sv' },
    });
    const result = compareSnapshots(side(sv(after)), side(sv(before)));
    expect(result.sections[0]!.blocks.find((entry) => entry.change === 'removed')).toMatchObject({
      parts: [{ op: 'delete', text: '[Personaldimensionering: hela området]' }],
    });
  });
});
