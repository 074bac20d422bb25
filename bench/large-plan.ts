import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import {
  $createTableCellNode,
  $createTableNode,
  $createTableRowNode,
  TableCellHeaderStates,
} from '@lexical/table';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalNode } from 'lexical';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { quoteAt } from '../src/shared/anchoring';
import type { OpenedPlan } from '../src/shared/ipc';
import type { Outline } from '../src/shared/domain/section';
import type { Respondent, Round } from '../src/shared/domain/rounds';
import type { VersionSummary } from '../src/shared/domain/versions';
import { commented, commentedDocx } from '../src/main/core/comment-import/fixtures';
import { surveyCsv } from '../src/main/core/comment-import/survey-fixtures';
import { createImportEditor } from '../src/main/core/docx-import/to-lexical';
import { makeTestCore, type TestCore } from '../src/main/core/testing/test-core';
import { seededRandom } from '../src/main/core/crash-safety/seeded-random';
import { Paragraph, TextRun, HeadingLevel, type FileChild, type ICommentOptions } from 'docx';

/**
 * The benchmark's large plan (issue 9), built through the real core's channels and reproducible
 * from a seed: 40 sections of about 1 000 words each (paragraphs, a subheading, a bullet list, a
 * table) — about 100 A4 pages —, three versions (two drafts and the round's), a comment round of
 * 2 000 comments from 60 organisations; beside it a 2 000-row survey CSV and a returned Word
 * draft with 300 comments, written with the comment-import test fixtures.
 */

export interface LargePlan {
  planPath: string;
  csvPath: string;
  docxPath: string;
  seed: number;
  /** Section ids in reading order, numbers and titles as the outline gives them. */
  sections: Array<{ id: string; number: string; title: string }>;
  /** The section the keystroke and save measurements edit: about the middle of the plan. */
  middleSectionId: string;
  words: number;
  comments: number;
  versions: number;
  respondents: number;
}

export const SECTION_COUNT = 40;
export const ROUND_COMMENTS = 2000;
export const ORGANISATIONS = 60;
export const CSV_COMMENTS = 2000;
export const DOCX_COMMENTS = 300;

const SUBJECTS = [
  'Opiskeluhuoltoryhmä',
  'Kuraattori',
  'Koulupsykologi',
  'Terveydenhoitaja',
  'Rehtori',
  'Hyvinvointialue',
  'Oppilaitoksen henkilöstö',
  'Monialainen asiantuntijaryhmä',
  'Opinto-ohjaaja',
  'Koululääkäri',
  'Erityisopettaja',
  'Yhteisöllinen opiskeluhuolto',
  'Sivistystoimi',
  'Huoltaja',
  'Opiskelija',
];
const VERBS = [
  'arvioi',
  'suunnittelee',
  'kirjaa',
  'seuraa',
  'tukee',
  'kehittää',
  'vahvistaa',
  'koordinoi',
  'edistää',
  'käsittelee',
  'tarkastelee',
  'dokumentoi',
];
const OBJECTS = [
  'opiskeluhuoltosuunnitelman toteutumista',
  'oppilaitosyhteisön hyvinvointia',
  'yksilökohtaisen opiskeluhuollon palveluja',
  'kuraattoripalvelujen saatavuutta',
  'psykologipalvelujen mitoitusta',
  'terveydenhuollon yhteistyötä',
  'kiusaamisen ehkäisyä',
  'poissaolojen seurantaa',
  'tietosuojan ja salassapidon käytäntöjä',
  'päätöksenteon läpinäkyvyyttä',
  'opiskelijoiden osallisuutta',
  'huoltajien kanssa tehtävää yhteistyötä',
  'kriisitilanteiden toimintamalleja',
  'ICT-palvelut ja sähköisen asioinnin',
  'oppimisen ja koulunkäynnin tukea',
  'mielenterveyden edistämistä',
];
const ADVERBIALS = [
  'lukuvuosittain',
  'yhdessä opiskelijoiden kanssa',
  'hyvinvointialueen ohjauksessa',
  'viipymättä',
  'viikon sisällä yhteydenotosta',
  'säännöllisesti',
  'oppilas- ja opiskelijahuoltolain 13 a §:n mukaisesti',
  'monialaisessa yhteistyössä',
  'kunnan ja hyvinvointialueen välillä',
  'kirjallisesti',
  'tarvittaessa',
  'koko alueella yhtenäisesti',
];
const TITLES = [
  'Alueen opiskeluhuollon tilanne',
  'Palvelujen tarve ja saatavuus',
  'Kuraattori- ja psykologipalvelut',
  'Kouluterveydenhuolto',
  'Opiskeluterveydenhuolto',
  'Yhteisöllinen opiskeluhuolto',
  'Yksilökohtainen opiskeluhuolto',
  'Monialaiset asiantuntijaryhmät',
  'Kiusaamisen ehkäisy',
  'Poissaolojen seuranta',
  'Kriisitilanteet',
  'Tietosuoja ja salassapito',
  'Yhteistyö huoltajien kanssa',
  'Opiskelijoiden osallisuus',
  'Mielenterveyden tuki',
  'Seuranta ja arviointi',
];
const PLACES = [
  'Kerava',
  'Tuusula',
  'Järvenpää',
  'Nurmijärvi',
  'Mäntsälä',
  'Pornainen',
  'Hyvinkää',
  'Vantaa',
  'Espoo',
  'Kauniainen',
  'Kirkkonummi',
  'Lohja',
  'Vihti',
  'Karkkila',
  'Siuntio',
  'Inkoo',
  'Raasepori',
  'Hanko',
  'Porvoo',
  'Sipoo',
  'Loviisa',
  'Askola',
  'Pukkila',
  'Myrskylä',
  'Lapinjärvi',
  'Kotka',
  'Kouvola',
  'Hamina',
  'Lahti',
  'Hollola',
];

/** Sixty organisations: the thirty municipalities' education departments and their schools. */
export function organisationNames(): string[] {
  return PLACES.flatMap((place) => [`${place} sivistystoimi`, `${place} lukio`]);
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function sentence(random: () => number): string {
  const words = [pick(random, SUBJECTS), pick(random, VERBS), pick(random, OBJECTS)];
  if (random() < 0.8) words.push(pick(random, ADVERBIALS));
  return `${words.join(' ')}.`;
}

function paragraphText(random: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

interface SectionText {
  content: string;
  /** Body paragraphs (not list items or cells), for the returned Word draft. */
  paragraphs: string[];
}

/** One section's editor state, built by Lexical itself so it loads in the editor unchanged. */
function sectionText(random: () => number, title: string): SectionText {
  const paragraphs = Array.from({ length: 12 }, () => paragraphText(random, 9));
  const listItems = Array.from({ length: 6 }, () => sentence(random));
  const rows = Array.from({ length: 7 }, (_, row) =>
    row === 0
      ? ['Palvelu', 'Vastuutaho', 'Mitoitus', 'Seuranta']
      : [
          pick(random, TITLES),
          pick(random, SUBJECTS),
          `${1 + Math.floor(random() * 800)} opiskelijaa / työntekijä`,
          pick(random, ADVERBIALS),
        ],
  );
  const editor = createImportEditor();
  editor.update(
    () => {
      const paragraph = (text: string) => $createParagraphNode().append($createTextNode(text));
      const list = $createListNode('bullet').append(
        ...listItems.map((text) => $createListItemNode().append($createTextNode(text))),
      );
      const table = $createTableNode().append(
        ...rows.map((cells, row) =>
          $createTableRowNode().append(
            ...cells.map((text) =>
              $createTableCellNode(
                row === 0 ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS,
              ).append(paragraph(text)),
            ),
          ),
        ),
      );
      const nodes: LexicalNode[] = [
        ...paragraphs.slice(0, 5).map(paragraph),
        list,
        ...paragraphs.slice(5, 8).map(paragraph),
        $createHeadingNode('h3').append($createTextNode(`${title}: toimenpiteet`)),
        table,
        ...paragraphs.slice(8).map(paragraph),
      ];
      $getRoot()
        .clear()
        .append(...nodes);
    },
    { discrete: true },
  );
  return { content: JSON.stringify(editor.getEditorState().toJSON()), paragraphs };
}

/** An outline of 40 sections: the template's, then numbered chapters with subsections. */
async function growOutline(t: TestCore, plan: OpenedPlan): Promise<Outline> {
  let outline = plan.outline;
  let chapter = 0;
  while (outline.length < SECTION_COUNT) {
    const top = outline.filter((entry) => entry.parentId === null);
    const title = TITLES[chapter % TITLES.length]!;
    const added = await t.value<{ id: string; outline: Outline }>('outline.add', {
      docId: plan.docId,
      parentId: null,
      afterId: top[top.length - 1]!.id,
      title,
    });
    outline = added.outline;
    for (let sub = 1; sub <= 2 && outline.length < SECTION_COUNT; sub++) {
      const children = outline.filter((entry) => entry.parentId === added.id);
      outline = (
        await t.value<{ id: string; outline: Outline }>('outline.add', {
          docId: plan.docId,
          parentId: added.id,
          afterId: children[children.length - 1]?.id ?? null,
          title: `${title} ${sub === 1 ? 'kunnissa' : 'toisella asteella'}`,
        })
      ).outline;
    }
    chapter++;
  }
  return outline;
}

/** A passage of a few words inside `text`, as a commenter selects it. */
function passage(random: () => number, text: string) {
  const starts = [...text.matchAll(/(?<=^|\s)\S/g)].map((match) => match.index);
  const from = Math.floor(random() * Math.max(1, starts.length - 8));
  const start = starts[from]!;
  const end = starts[Math.min(starts.length - 1, from + 3 + Math.floor(random() * 4))]! - 1;
  return quoteAt(text, start, Math.max(end, start + 1));
}

export async function buildLargePlan({
  seed,
  dir,
}: {
  seed: number;
  dir: string;
}): Promise<LargePlan> {
  mkdirSync(dir, { recursive: true });
  const random = seededRandom(seed);
  const t = makeTestCore();
  try {
    const planPath = join(dir, `large-plan-${seed}.opsu`);
    const plan = await t.value<OpenedPlan>('plan.create', {
      path: planPath,
      title: 'Keski-Uudenmaan alueellinen opiskeluhuoltosuunnitelma 2026–2029',
      region: 'Keski-Uusimaa',
    });
    const docId = plan.docId;
    const outline = await growOutline(t, plan);
    const texts = new Map<string, SectionText>();
    for (const entry of outline) {
      const text = sectionText(random, entry.title);
      texts.set(entry.id, text);
      await t.value('section.save', { docId, sectionId: entry.id, content: text.content });
    }
    const versions: VersionSummary[] = [];
    versions.push(await t.value('versions.create', { docId, label: 'Luonnos 1' }));
    // Each draft rewrites a quarter of the sections, so versions differ as real drafts do.
    for (const label of ['Luonnos 2']) {
      t.clock.advance(86_400_000);
      for (const entry of outline.filter(() => random() < 0.25)) {
        const text = sectionText(random, entry.title);
        texts.set(entry.id, text);
        await t.value('section.save', { docId, sectionId: entry.id, content: text.content });
      }
      versions.push(await t.value('versions.create', { docId, label }));
    }
    t.clock.advance(86_400_000);
    const round = await t.value<Round>('rounds.create', {
      docId,
      title: 'Lausuntokierros kunnille',
      versionId: null,
    });
    const names = organisationNames();
    let respondents: Respondent[] = [];
    for (const name of names) {
      respondents = await t.value<Respondent[]>('respondents.save', {
        docId,
        respondent: { name, kind: name.endsWith('lukio') ? 'provider' : 'municipality' },
      });
    }
    const plainTexts = new Map<string, string>();
    for (const entry of outline) {
      const section = await t.value<{ plainText: string }>('section.get', {
        docId,
        sectionId: entry.id,
      });
      plainTexts.set(entry.id, section.plainText);
    }
    for (let index = 0; index < ROUND_COMMENTS; index++) {
      const general = random() < 0.05;
      const entry = pick(random, outline);
      const quote = general ? null : passage(random, plainTexts.get(entry.id)!);
      const change = !general && random() < 0.1;
      await t.value('comments.add', {
        docId,
        roundId: round.id,
        comment: {
          respondentId: pick(random, respondents).id,
          sectionId: general ? null : entry.id,
          quote,
          text: paragraphText(random, 1 + Math.floor(random() * 3)),
          kind: change ? 'change' : 'comment',
          proposal: change ? sentence(random) : null,
        },
      });
    }
    await t.value('plan.close', { docId });

    const csvPath = join(dir, `survey-${seed}.csv`);
    writeFileSync(
      csvPath,
      surveyCsv([
        ['Organisaatio', 'Luku', 'Kommentti'],
        ...Array.from({ length: CSV_COMMENTS }, () => [
          pick(random, names),
          random() < 0.05 ? '' : pick(random, outline).number,
          paragraphText(random, 1 + Math.floor(random() * 3)),
        ]),
      ]),
    );
    const docxPath = join(dir, `returned-${seed}.docx`);
    writeFileSync(docxPath, await returnedDraft(random, outline, texts, names));

    return {
      planPath,
      csvPath,
      docxPath,
      seed,
      sections: outline.map(({ id, number, title }) => ({ id, number, title })),
      middleSectionId: outline[Math.floor(outline.length / 2)]!.id,
      words: [...plainTexts.values()].reduce(
        (sum, text) => sum + text.split(/\s+/).filter(Boolean).length,
        0,
      ),
      comments: ROUND_COMMENTS,
      versions: versions.length + 1,
      respondents: respondents.length,
    };
  } finally {
    t.dispose();
  }
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

/**
 * The plan as a respondent returns it from Word: every section's heading and body paragraphs,
 * 300 comments on the first words of paragraphs, from five organisations.
 */
async function returnedDraft(
  random: () => number,
  outline: Outline,
  texts: Map<string, SectionText>,
  names: string[],
): Promise<Buffer> {
  const authors = names.slice(0, 5);
  const perSection = Math.ceil(DOCX_COMMENTS / outline.length);
  const children: FileChild[] = [];
  const comments: ICommentOptions[] = [];
  for (const entry of outline) {
    children.push(
      new Paragraph({
        text: `${entry.number} ${entry.title}`,
        heading: HEADINGS[Math.min(entry.depth, 3) - 1]!,
      }),
    );
    texts.get(entry.id)!.paragraphs.forEach((text, index) => {
      if (index >= perSection || comments.length >= DOCX_COMMENTS) {
        children.push(new Paragraph(text));
        return;
      }
      const id = comments.length;
      const words = text.split(' ');
      comments.push({
        id,
        author: pick(random, authors),
        date: new Date('2026-04-02T09:30:00Z'),
        children: [new Paragraph(paragraphText(random, 1 + Math.floor(random() * 2)))],
      });
      children.push(
        new Paragraph({
          children: [
            ...commented(id, new TextRun(words.slice(0, 3).join(' '))),
            new TextRun(` ${words.slice(3).join(' ')}`),
          ],
        }),
      );
    });
  }
  return commentedDocx(children, comments);
}
