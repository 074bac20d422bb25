import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../../shared/domain/checklist';
import { ExportOptionsSchema } from '../../../shared/domain/export';
import type { EditorStateJson, LexicalNodeJson } from '../../../shared/domain/lexical';
import type { Comment, CommentSummary } from '../../../shared/domain/rounds';
import { flattenTemplate } from '../../../shared/statutory/template';
import type { ExportDocument } from './document';
import { hyphenator, SOFT_HYPHEN } from './hyphenate';
import { editorStateHtml } from './lexical-html';
import { buildPrintHtml, sectionAnchor } from './print-html';

const state = (...children: LexicalNodeJson[]): EditorStateJson => ({
  root: { type: 'root', version: 1, children },
});
const text = (value: string, format = 0): LexicalNodeJson => ({
  type: 'text',
  version: 1,
  text: value,
  format,
});
const node = (type: string, children: LexicalNodeJson[], extra: object = {}): LexicalNodeJson => ({
  type,
  version: 1,
  children,
  ...extra,
});
const plain = { hyphenate: (value: string) => value, headingLevel: () => 4 };

const checklist: Checklist = {
  catalogueVersion: '2026-11-28',
  items: [
    {
      requirementId: 'reg.scope_services',
      status: 'inProgress',
      sectionIds: ['a'],
      confirmedBy: null,
      confirmedAt: null,
      changedSinceConfirmed: false,
    },
  ],
  total: 1,
  done: 0,
  inProgress: 1,
  missing: [],
};

function documentOf(content: EditorStateJson | null, title = 'Suunnitelma'): ExportDocument {
  return {
    meta: { title, region: 'Alue', period: '2026–2029', language: 'fi', helsinki: false },
    outline: [
      {
        id: 'a',
        parentId: null,
        title: 'Johdanto',
        depth: 1,
        number: '1',
        templateKey: 'intro',
        words: 1,
      },
      {
        id: 'b',
        parentId: 'a',
        title: 'Tarkoitus',
        depth: 2,
        number: '1.1',
        templateKey: 'intro.scope',
        words: 0,
      },
    ],
    content: new Map([
      ['a', content],
      ['b', null],
    ]),
    checklist,
    data: null,
    version: null,
    digest: 'a'.repeat(64),
    milestones: [
      {
        kind: 'regionalCouncil',
        title: null,
        status: 'done',
        plannedDate: null,
        actualDate: '2026-12-08',
        meetingDate: '2026-12-08',
        body: 'Aluevaltuusto',
        itemNumber: '12',
        decisionText: 'hyväksyttiin',
        versionNumber: 3,
      },
    ],
  };
}

const assets = { fontCss: '', now: new Date('2026-03-01T10:00:00Z') };
const options = (input: object = {}) => ExportOptionsSchema.parse(input);

describe('Lexical JSON to print HTML', () => {
  it('escapes every string and keeps only safe links', () => {
    const html = editorStateHtml(
      state(
        node('paragraph', [
          text('<script>alert("x")</script> & \'y\''),
          node('link', [text('ok')], { url: 'https://example.fi/?a=1&b="2"' }),
          node('link', [text('bad')], { url: 'javascript:alert(1)' }),
        ]),
      ),
      plain,
    );
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
    expect(html).toContain('<a href="https://example.fi/?a=1&amp;b=%222%22">ok</a>');
    expect(html).toContain('bad');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<script');
  });

  it('renders format bits, line breaks, headings, quotes and nested lists', () => {
    const html = editorStateHtml(
      state(
        node('paragraph', [
          text('b', 1),
          text('i', 2),
          text('s', 4),
          text('u', 8),
          text('c', 16),
          text('x', 32),
          text('y', 64),
          text('bi', 3),
          node('linebreak', []),
          text('z'),
        ]),
        node('heading', [text('Väliotsikko')], { tag: 'h3' }),
        node('quote', [text('Lainaus')]),
        node('paragraph', [text('  ')]),
        node(
          'list',
          [
            node('listitem', [text('yksi')], { value: 1 }),
            node('listitem', [
              node('list', [node('listitem', [text('sisempi')])], {
                listType: 'number',
                tag: 'ol',
                start: 3,
              }),
            ]),
          ],
          { listType: 'bullet', tag: 'ul' },
        ),
      ),
      { hyphenate: (value) => value, headingLevel: (tag) => ({ h2: 4, h3: 5, h4: 6 })[tag] },
    );
    expect(html).toContain(
      '<strong>b</strong><em>i</em><s>s</s><u>u</u><code>c</code><sub>x</sub><sup>y</sup><strong><em>bi</em></strong><br>z',
    );
    expect(html).toContain('<h5 class="content-heading">Väliotsikko</h5>');
    expect(html).toContain('<blockquote><p>Lainaus</p></blockquote>');
    expect(html).toContain(
      '<ul><li>yksi</li><li class="nested"><ol start="3"><li>sisempi</li></ol></li></ul>',
    );
    // An empty paragraph (spacing in the editor) is not printed.
    expect(html.match(/<p>/g)).toHaveLength(2);
  });

  it('renders tables with a repeated header, header scopes and merged cells', () => {
    const cell = (value: string, headerState = 0, extra: object = {}) =>
      node('tablecell', [node('paragraph', [text(value)])], { headerState, ...extra });
    const html = editorStateHtml(
      state(
        node('table', [
          node('tablerow', [cell('A', 1, { rowSpan: 2 }), cell('B', 1, { colSpan: 2 })]),
          node('tablerow', [cell('B1', 1), cell('B2', 1)]),
          node('tablerow', [cell('rivi', 2), cell('1'), cell('2')]),
        ]),
      ),
      plain,
    );
    expect(html).toContain(
      '<thead><tr><th scope="col" rowspan="2"><p>A</p></th><th scope="colgroup" colspan="2"><p>B</p></th></tr>',
    );
    expect(html).toContain('<tbody><tr><th scope="row"><p>rivi</p></th><td><p>1</p></td>');
  });
});

describe('the print document', () => {
  it('has a cover, contents with anchors, numbered headings and the draft mark', () => {
    const doc = documentOf(state(node('paragraph', [text('Teksti')])), 'Plan <b>&</b>');
    const { html, entries } = buildPrintHtml(
      doc,
      options({ annexes: ['checklist', 'decisions'] }),
      assets,
    );
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fi">/);
    expect(html).toContain('<title>Plan &lt;b&gt;&amp;&lt;/b&gt;</title>');
    expect(html).not.toContain('<b>&</b>');
    expect(entries.map((entry) => entry.anchor)).toEqual([
      sectionAnchor('a'),
      sectionAnchor('b'),
      'annex-checklist',
      'annex-decisions',
    ]);
    expect(html).toContain('<h1 id="sec-a"><span class="num">1</span> Johdanto</h1>');
    expect(html).toContain('<h2 id="sec-b"><span class="num">1.1</span> Tarkoitus</h2>');
    expect(html).toContain('<a href="#sec-b">');
    expect(html).toContain('class="watermark" aria-hidden="true">LUONNOS</div>');
    expect(html).toContain('Liite 1. Lakisääteisen sisällön kattavuus');
    expect(html).toContain('OpHL 13 a § 1 mom.');
    expect(html).toContain('Aluevaltuusto 8.12.2026 § 12: hyväksyttiin');
    expect(html).toContain('versio 3');
    // The footer title is a CSS string: quotes and markup escaped.
    expect(html).toContain('content: "Plan \\3c b\\3e &\\3c /b\\3e ";');
    expect(html).not.toContain('<script');
  });

  it('leaves the contents page numbers blank for the printer, prints finals unmarked and fixed texts in the chosen language', () => {
    const doc = documentOf(null);
    const { html } = buildPrintHtml(doc, options({ final: true, language: 'sv' }), assets);
    expect(html).toContain('<span class="toc-page" id="page-sec-a"></span>');
    expect(html).toContain('<span class="toc-page" id="page-sec-b"></span>');
    expect(html).not.toContain('class="watermark"');
    expect(html).toContain('<nav class="toc" aria-labelledby="toc-title" lang="sv">');
    expect(html).toContain('Innehåll');
    expect(html).toContain('Slutlig');
    expect(html).toContain('"sida "');
  });

  it('never includes guidance text', () => {
    const { html } = buildPrintHtml(
      documentOf(state(node('paragraph', [text('Oma teksti')]))),
      options(),
      assets,
    );
    for (const { section } of flattenTemplate()) {
      for (const language of ['fi', 'sv', 'en'] as const) {
        expect(html).not.toContain(section.guidance[language].slice(0, 60));
      }
    }
  });
});

describe('paragraph numbers', () => {
  it('numbers body paragraphs 1, 2, 3 in each section, never headings, lists, quotes or cells', () => {
    const content = state(
      node('paragraph', [text('Ensimmäinen')]),
      node('heading', [text('Väliotsikko')], { tag: 'h2' }),
      node('paragraph', [text('  ')]),
      node('paragraph', [text('Toinen')]),
      node('quote', [text('Lainaus')]),
      node('list', [node('listitem', [text('kohta')])], { listType: 'bullet', tag: 'ul' }),
      node('table', [node('tablerow', [node('tablecell', [node('paragraph', [text('solu')])])])]),
      node('paragraph', [text('Kolmas')]),
    );
    const html = editorStateHtml(content, { ...plain, paragraphNumbers: true });
    expect(
      [...html.matchAll(/<span class="para-num">(\d+)<\/span>([^<]*)/g)].map((m) => [m[1], m[2]]),
    ).toEqual([
      ['1', 'Ensimmäinen'],
      ['2', 'Toinen'],
      ['3', 'Kolmas'],
    ]);
    expect(editorStateHtml(content, plain)).not.toContain('para-num');
    // Each section starts again from 1, and the same document always numbers alike.
    const doc = documentOf(content);
    doc.content = new Map([
      ['a', content],
      ['b', state(node('paragraph', [text('Alaluvun teksti')]))],
    ]);
    const first = buildPrintHtml(doc, options({ paragraphNumbers: true }), assets).html;
    expect(first).toContain('<span class="para-num">1</span>Alaluvun teksti');
    expect(buildPrintHtml(doc, options({ paragraphNumbers: true }), assets).html).toBe(first);
  });
});

describe('the comments annex', () => {
  const comment = (number: number, extra: Partial<Comment> = {}): Comment => ({
    id: `c${number}`,
    roundId: 'r1',
    number,
    respondentId: 'p1',
    respondentName: 'Jyväskylän kaupunki',
    respondentKind: 'municipality',
    section: { id: 'a', number: '1', title: 'Johdanto' },
    questionId: null,
    quote: { exact: 'kaikkien yhteinen asia', prefix: '', suffix: '' },
    text: 'Lisätään maininta <nuorisotyöstä>.',
    kind: 'comment',
    proposal: null,
    parentId: null,
    source: 'manual',
    sourceFile: null,
    sourceAuthor: null,
    sourceRef: null,
    anchor: 'found',
    createdAt: '2026-03-01T10:00:00Z',
    createdBy: 'Sihteeri',
    resolution: 'accepted',
    response: 'Lisätty lukuun 1.',
    resolvedBy: 'Sihteeri',
    resolvedAt: '2026-03-02T10:00:00Z',
    appliedRevision: null,
    ...extra,
  });
  const counts = { open: 1, accepted: 1, partial: 0, rejected: 0, noted: 0 };
  const summary: CommentSummary = {
    round: {
      id: 'r1',
      title: 'Lausuntokierros 2026',
      versionId: 'v1',
      versionNumber: 2,
      versionLabel: 'Lausunnoille',
      status: 'closed',
      opensOn: null,
      closesOn: null,
      createdAt: '2026-03-01T09:00:00Z',
      comments: 2,
      resolved: 1,
      invited: 2,
      answered: 1,
    },
    sections: [
      {
        section: { id: 'a', number: '1', title: 'Johdanto' },
        comments: [
          comment(1),
          comment(3, { parentId: 'c1', resolution: 'open', response: '', text: 'Samaa mieltä.' }),
        ],
      },
      {
        section: null,
        comments: [
          comment(2, {
            section: null,
            quote: null,
            kind: 'change',
            resolution: 'open',
            response: '',
            proposal: '',
          }),
        ],
      },
    ],
    byRespondent: [],
    byResolution: counts,
    total: 2,
  };

  it("lists the counts by resolution, then each section's comments with their responses", () => {
    const doc = { ...documentOf(null), comments: summary };
    const { html, entries } = buildPrintHtml(doc, options({ annexes: ['comments'] }), assets);
    expect(entries.at(-1)).toMatchObject({
      anchor: 'annex-comments',
      title: 'Liite 1. Kommenttikooste ja vastineet',
    });
    const annex = html.slice(html.indexOf('id="annex-comments"'));
    expect(annex).toContain(
      'Kommenttikierros ”Lausuntokierros 2026” (versio 2: Lausunnoille): 2 kommenttia, joista 1 käsitelty.',
    );
    expect(annex).toMatch(/<td>Hyväksytty<\/td><td>1<\/td>/);
    expect(annex).toMatch(/<td>Yhteensä<\/td><td>2<\/td>/);
    const plainAnnex = annex.replace(/\u00ad/g, '');
    expect(plainAnnex.indexOf('<h2>1 Johdanto</h2>')).toBeLessThan(
      plainAnnex.indexOf('<h2>Yleiset kommentit</h2>'),
    );
    expect(plainAnnex).toContain('<td>K1</td><td>Jyväskylän kaupunki</td>');
    expect(plainAnnex).toContain('”kaikkien yhteinen asia”');
    expect(plainAnnex).toContain('&lt;nuorisotyöstä&gt;');
    expect(plainAnnex).toContain('<p class="resolution">Hyväksytty</p><p>Lisätty lukuun 1.</p>');
    expect(plainAnnex).toContain('Vastaus kommenttiin K1: Samaa mieltä.');
    expect(plainAnnex).toContain('Ehdotetaan poistettavaksi.');
    expect(plainAnnex).toContain('<p class="resolution">Avoin</p>');
    // In Swedish, with the round's names of resolutions.
    const sv = buildPrintHtml(doc, options({ annexes: ['comments'], language: 'sv' }), assets).html;
    expect(sv).toContain('Bilaga 1. Sammanställning av kommentarer och bemötanden');
    expect(sv).toContain('Godkänd');
  });
});

describe('hyphenation', () => {
  it('puts soft hyphens into long compound words with real Finnish and Swedish patterns, at least three letters from either end', () => {
    const fi = hyphenator('fi')('opiskeluhuoltosuunnitelma ja kuraattoripalvelut');
    expect(fi.replaceAll(SOFT_HYPHEN, '-')).toBe(
      'opis-ke-lu-huol-to-suun-ni-telma ja kuraat-to-ri-pal-ve-lut',
    );
    const sv = hyphenator('sv')('välfärdsområdesfullmäktige');
    expect(sv.replaceAll(SOFT_HYPHEN, '-')).toBe('väl-färds-om-rå-des-full-mäk-tige');
    expect(hyphenator('fi')('lyhyt sana')).toBe('lyhyt sana');
  });

  it('leaves web and e-mail addresses alone', () => {
    const hyphenate = hyphenator('fi');
    expect(hyphenate('www.opiskeluhuoltosuunnitelma.fi')).toBe('www.opiskeluhuoltosuunnitelma.fi');
    expect(hyphenate('opiskeluhuoltosuunnitelma@alue.fi')).toBe(
      'opiskeluhuoltosuunnitelma@alue.fi',
    );
  });
});
