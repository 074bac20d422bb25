import JSZip from 'jszip';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExportOptionsSchema } from '../../../shared/domain/export';
import type { EditorStateJson, LexicalNodeJson } from '../../../shared/domain/lexical';
import type { PlanData } from '../../../shared/domain/plan-data';
import type { Comment, CommentSummary } from '../../../shared/domain/rounds';
import { samplePlanData } from '../../../shared/data-blocks/testing/plan-data';
import type { ExportDocument } from './document';
import { buildDocx } from './docx/build';
import { findResourcesDir } from './fonts';
import { buildPrintHtml } from './print-html';
import { dataBlockDocument } from './testing/data-document';

/**
 * Text that looks like markup, wherever a plan holds text from people (titles, section text,
 * names in the data register, version labels, decisions, comments from outside organisations),
 * is printed and exported as that text: no element, attribute or link comes from the data.
 */

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const ANCHOR = '<a href="javascript:window.__pwned=1">linkki</a>';
/** Would close a Word text run and open a field, were it not escaped. */
const WORD_XML = '</w:t></w:r><w:r><w:instrText>INCLUDEPICTURE</w:instrText>';
const marked = (text: string) => `${text} ${SCRIPT} ${IMG} ${ANCHOR} ${WORD_XML}`;

/** The register with every name-like text marked. */
function markedData(data: PlanData): PlanData {
  const names = new Set(['name', 'area', 'note', 'needText', 'unit', 'group']);
  const mark = (value: unknown, key = ''): unknown => {
    if (typeof value === 'string') return names.has(key) ? marked(value) : value;
    if (Array.isArray(value)) return value.map((item) => mark(item));
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mark(v, k)]));
  };
  return mark(data) as PlanData;
}

const text = (value: string): LexicalNodeJson => ({ type: 'text', version: 1, text: value });
const link = (url: string, label: string): LexicalNodeJson => ({
  type: 'link',
  version: 1,
  url,
  children: [text(label)],
});
const paragraph = (...children: LexicalNodeJson[]): LexicalNodeJson => ({
  type: 'paragraph',
  version: 1,
  children,
});

function markedDocument(): ExportDocument {
  const base = dataBlockDocument(markedData(samplePlanData));
  const prose: LexicalNodeJson[] = [
    paragraph(text(marked('Kappale'))),
    paragraph(
      link('javascript:window.__pwned=1', 'skriptilinkki'),
      link('data:text/html,<script>alert(1)</script>', 'datalinkki'),
      link('file:///etc/passwd', 'tiedostolinkki'),
      link('https://www.finlex.fi/', 'Finlex'),
    ),
  ];
  const content = new Map<string, EditorStateJson | null>(
    [...base.content].map(([id, state]) => [
      id,
      { root: { ...state!.root, children: [...prose, ...state!.root.children] } },
    ]),
  );
  const comment: Comment = {
    id: 'c1',
    roundId: 'r1',
    number: 1,
    respondentId: 'p1',
    respondentName: marked('Vastaaja'),
    respondentKind: 'municipality',
    section: { id: 'need', number: '1', title: marked('Voimavarat') },
    questionId: null,
    quote: { exact: marked('Lainaus'), prefix: '', suffix: '' },
    text: marked('Word-kommentti'),
    kind: 'change',
    proposal: marked('Ehdotus'),
    parentId: null,
    source: 'docx',
    sourceFile: 'lausunto.docx',
    sourceAuthor: marked('Kirjoittaja'),
    sourceRef: null,
    anchor: 'found',
    createdAt: '2026-03-01T10:00:00Z',
    createdBy: 'Sihteeri',
    resolution: 'accepted',
    response: marked('Vastine'),
    resolvedBy: marked('Käsittelijä'),
    resolvedAt: '2026-03-02T10:00:00Z',
    appliedRevision: null,
  };
  const comments: CommentSummary = {
    round: {
      id: 'r1',
      title: marked('Kierros'),
      versionId: 'v1',
      versionNumber: 2,
      versionLabel: marked('Versio'),
      status: 'closed',
      opensOn: null,
      closesOn: null,
      createdAt: '2026-03-01T09:00:00Z',
      comments: 1,
      resolved: 1,
      invited: 1,
      answered: 1,
    },
    sections: [{ section: comment.section, comments: [comment] }],
    byRespondent: [],
    byResolution: { open: 0, accepted: 1, partial: 0, rejected: 0, noted: 0 },
    total: 1,
  };
  return {
    ...base,
    meta: { ...base.meta, title: marked('Suunnitelma'), region: marked('Alue') },
    outline: base.outline.map((entry) => ({ ...entry, title: marked(entry.title) })),
    content,
    version: { id: 'v1', number: 2, label: marked('Versio'), createdAt: '2026-03-01T09:00:00Z' },
    milestones: [
      {
        kind: 'regionalBoard',
        title: marked('Virstanpylväs'),
        status: 'done',
        plannedDate: null,
        actualDate: '2026-05-01',
        meetingDate: null,
        body: marked('Aluehallitus'),
        itemNumber: '§ 12',
        decisionText: marked('Päätös'),
        versionNumber: 2,
      },
    ],
    comments,
  };
}

const options = ExportOptionsSchema.parse({ annexes: ['checklist', 'comments', 'decisions'] });
const doc = markedDocument();
/** Every marked text the document holds, as the reader must see it. */
const literals = [
  'Suunnitelma',
  'Alue',
  'Voimavarat',
  'Kappale',
  'Versio',
  'Päätös',
  'Word-kommentti',
  'Vastine',
  'Jyväskylän kaupunki',
].map(marked);

describe('markup in the print HTML (the PDF)', () => {
  const { html } = buildPrintHtml(doc, options, {
    fontCss: '',
    now: new Date('2026-03-01T10:00:00Z'),
  });
  const page = new JSDOM(html).window.document;
  // Hyphenation puts soft hyphens into long words; the reader does not see them.
  const shown = page.body.textContent.replace(/\u00ad/g, '').replace(/[\u00a0\u202f]/g, ' ');

  it('has no element or attribute that came from the data', () => {
    expect(page.querySelectorAll('script, img, iframe, object, embed')).toHaveLength(0);
    const handlers = [...page.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((attribute) => attribute.name.startsWith('on')),
    );
    expect(handlers).toEqual([]);
    expect(page.querySelectorAll('w\\:r, w\\:instrtext')).toHaveLength(0);
  });

  it('links only to http(s) and mailto addresses, keeping the other links as text', () => {
    const hrefs = [...page.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
    expect(hrefs.filter((href) => !href.startsWith('#'))).toEqual(
      Array(doc.content.size).fill('https://www.finlex.fi/'),
    );
    for (const label of ['skriptilinkki', 'datalinkki', 'tiedostolinkki']) {
      expect(shown).toContain(label);
    }
  });

  it('shows every marked text literally', () => {
    for (const literal of literals) expect(shown).toContain(literal);
  });
});

describe('markup in the Word document', () => {
  let xml: string;
  let rels: string;
  let runs: string;

  beforeAll(async () => {
    const bytes = await buildDocx(doc, options, {
      styles: null,
      now: new Date('2026-03-01T10:00:00Z'),
      resourcesDir: findResourcesDir(),
    });
    const zip = await JSZip.loadAsync(bytes);
    xml = await zip.file('word/document.xml')!.async('string');
    rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const parsed = new JSDOM(xml, { contentType: 'text/xml' }).window.document;
    runs = [...parsed.getElementsByTagName('w:t')]
      .map((node) => node.textContent)
      .join('')
      .replace(/[\u00a0\u202f\u00ad]/g, (c) => (c === '\u00ad' ? '' : ' '));
  }, 60_000);

  it('is well-formed XML whose text runs hold the marked texts literally', () => {
    expect(runs).toContain(SCRIPT);
    expect(runs).toContain(IMG);
    expect(runs).toContain(WORD_XML);
    for (const literal of literals.slice(0, 4)) expect(runs).toContain(literal);
    expect(xml).not.toContain('<w:instrText>INCLUDEPICTURE');
  });

  it('links only to http(s) addresses', () => {
    const external = [...rels.matchAll(/<Relationship [^>]*TargetMode="External"[^>]*>/g)].map(
      ([element]) => /Target="([^"]*)"/.exec(element)![1],
    );
    expect(new Set(external)).toEqual(new Set(['https://www.finlex.fi/']));
    expect(rels).not.toMatch(/javascript:|data:text|file:\/\//i);
    expect(rels).toContain('https://www.finlex.fi/');
  });
});
