import type { LexicalNodeJson } from '../../../../shared/domain/lexical';
import type { Outline } from '../../../../shared/domain/section';
import type { OpenedPlan } from '../../../../shared/ipc';
import type { TestCore } from '../../testing/test-core';

/**
 * A realistic plan for export tests and measurements: the statutory template plus added sections
 * (about 40 in all), every one written in with Finnish text (long compound words, ä ö å),
 * headings, nested lists, links, formatted text, quotes and tables with header rows and merged
 * cells.
 */

const text = (value: string, format = 0): LexicalNodeJson => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
});
const block = (type: string, children: LexicalNodeJson[], extra: object = {}): LexicalNodeJson => ({
  type,
  version: 1,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  ...extra,
});
const paragraph = (...children: LexicalNodeJson[]) =>
  block('paragraph', children, { textFormat: 0, textStyle: '' });
const heading = (tag: 'h2' | 'h3' | 'h4', value: string) =>
  block('heading', [text(value)], { tag });
const listItem = (children: LexicalNodeJson[], value: number) =>
  block('listitem', children, { value });
const list = (listType: 'bullet' | 'number', items: LexicalNodeJson[][]) =>
  block(
    'list',
    items.map((children, index) => listItem(children, index + 1)),
    { listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul' },
  );
const link = (url: string, value: string) =>
  block('link', [text(value)], { url, rel: 'noreferrer', target: null, title: null });
const cell = (value: string, headerState = 0, spans: { colSpan?: number; rowSpan?: number } = {}) =>
  block('tablecell', [paragraph(text(value))], {
    headerState,
    colSpan: spans.colSpan ?? 1,
    rowSpan: spans.rowSpan ?? 1,
    backgroundColor: null,
  });
const row = (cells: LexicalNodeJson[]) => block('tablerow', cells, { height: 0 });
const table = (rows: LexicalNodeJson[]) => block('table', rows, { colWidths: [] });

export const SAMPLE_PARAGRAPH =
  'Opiskeluhuoltopalvelujen järjestäminen hyvinvointialueella edellyttää koulutuksen järjestäjien, kouluterveydenhuollon ja kuraattoripalvelujen yhteistyötä. Yhteisöllinen opiskeluhuolto tukee oppilaitosyhteisön hyvinvointia, ja yksilökohtainen opiskeluhuolto turvaa jokaiselle oppilaalle tarvittavan tuen viivytyksettä.';

/** The rich text of section `index` (every fifth gets a long staffing table). */
export function sampleContent(index: number, tableRows = 6): string {
  const children: LexicalNodeJson[] = [
    paragraph(
      text(`Luvun ${index + 1} tavoitteena on, että `),
      text('psykologi- ja kuraattoripalvelut', 1),
      text(' ovat saatavilla lähipalveluna. '),
      text('Äänekosken, Närpiön ja Pietarsaaren', 2),
      text(' kokemukset otetaan huomioon. '),
      text(SAMPLE_PARAGRAPH),
    ),
    heading('h2', 'Nykytila ja kehittämistarpeet'),
    paragraph(
      text(SAMPLE_PARAGRAPH),
      text(' Lisätietoa: '),
      link(
        'https://www.finlex.fi/fi/laki/ajantasa/2013/20131287',
        'oppilas- ja opiskelijahuoltolaki',
      ),
      text('.'),
    ),
    list('bullet', [
      [text('Kouluterveydenhuollon määräaikaiset terveystarkastukset')],
      [text('Opiskeluhuollon psykologipalvelut ja kuraattoripalvelut')],
      [
        text('Monialainen asiantuntijaryhmä'),
        list('bullet', [
          [text('oppilaan tai opiskelijan suostumuksella')],
          [text('huoltajan osallistuminen')],
        ]),
      ],
    ]),
    heading('h3', 'Toimenpiteet'),
    list('number', [
      [text('Laaditaan mittaristo ja seurataan sitä vuosittain.')],
      [text('Arvioidaan henkilöstömitoitus ', 0), text('lukuvuosittain', 8), text('.')],
      [text('Raportoidaan aluevaltuustolle.')],
    ]),
    block('quote', [
      text('Oppilaalla ja opiskelijalla on oikeus saada opiskeluhuoltopalvelut maksutta.'),
    ]),
  ];
  if (index % 5 === 2) {
    const rows = [
      row([
        cell('Palvelu', 1, { rowSpan: 2 }),
        cell('Oppilaita', 1, { rowSpan: 2 }),
        cell('Henkilöstö', 1, { colSpan: 2 }),
      ]),
      row([cell('Psykologit', 1), cell('Kuraattorit', 1)]),
    ];
    for (let r = 0; r < tableRows; r++) {
      rows.push(
        row([
          cell(`Perusopetuksen alue ${r + 1}`, 2),
          cell(String(800 + r * 37)),
          cell(String(1 + (r % 3))),
          cell(String(2 + (r % 2))),
        ]),
      );
    }
    rows.push(row([cell('Yhteensä', 2, { colSpan: 2 }), cell('12'), cell('15')]));
    children.push(heading('h3', 'Henkilöstömitoitus'), table(rows));
  }
  children.push(paragraph(text(SAMPLE_PARAGRAPH)));
  return JSON.stringify({
    root: { type: 'root', version: 1, children, direction: 'ltr', format: '', indent: 0 },
  });
}

/**
 * Creates the sample plan at `path` in `t` and leaves it open: the template, `extra` added
 * subsections, every section written in.
 */
export async function createSamplePlan(
  t: TestCore,
  path: string,
  { extra = 17, tableRows = 6 }: { extra?: number; tableRows?: number } = {},
): Promise<{ docId: string; outline: Outline }> {
  const plan = await t.value<OpenedPlan>('plan.create', {
    path,
    title: 'Keski-Suomen alueellinen opiskeluhuoltosuunnitelma',
    region: 'Keski-Suomen hyvinvointialue',
    period: '2026–2029',
    language: 'fi',
  });
  let outline = plan.outline;
  const chapters = outline.filter((entry) => entry.depth === 1);
  for (let i = 0; i < extra; i++) {
    const parent = chapters[i % chapters.length]!;
    const siblings = outline.filter((entry) => entry.parentId === parent.id);
    const added = await t.value<{ id: string; outline: Outline }>('outline.add', {
      docId: plan.docId,
      parentId: parent.id,
      afterId: siblings[siblings.length - 1]?.id ?? null,
      title: `Täydentävä alaluku ${i + 1}: oppilaitosyhteisön hyvinvointisuunnitelma`,
    });
    outline = added.outline;
  }
  for (const [index, entry] of outline.entries()) {
    await t.value('section.save', {
      docId: plan.docId,
      sectionId: entry.id,
      content: sampleContent(index, tableRows),
    });
  }
  outline = await t.value<Outline>('outline.get', { docId: plan.docId });
  return { docId: plan.docId, outline };
}
