import type { SurveyColumns } from '../../../shared/domain/comment-import';
import { foldText } from './section-ref';

/**
 * Recognises a survey's columns from its headers. Hand-made sheets have short headers
 * ("Organisaatio", "Kommentti"); Webropol and Microsoft Forms use each question's whole text as
 * its header ("Organisaatio, jota edustatte", "Kommenttinne suunnitelman lukuun"), so a keyword
 * also counts at the start of a header or as one of its words, less strongly. Keywords are folded
 * (lower case, no diacritics); a trailing `*` matches any ending, as Finnish inflects; a leading
 * `^` counts only at the start ("Text" is the quote, "Free text" is not).
 */

type Role = keyof SurveyColumns;

const keywords: Record<Role, readonly string[]> = {
  organisation: [
    'organisaatio*',
    'vastaaja',
    'vastaajataho',
    'taho',
    'kunta',
    'lausunnonantaja*',
    'lausunnon antaja*',
    'organisation*',
    'organization*',
    'remissinstans*',
    'instans',
    'kommun',
    'respondent',
    'municipality',
    'stakeholder*',
  ],
  section: [
    'luku*',
    'luvu*',
    'kohta*',
    'kohda*',
    'osio*',
    'suunnitelman kohta',
    'kapitel*',
    'avsnitt*',
    '^del',
    'section*',
    'chapter*',
    '^part',
  ],
  comment: [
    'kommentti',
    'kommentit',
    'kommentt*',
    'kommentoi*',
    'palaute*',
    'lausunto*',
    'huomio*',
    'muutosehdotu*',
    'kommentar*',
    'respons',
    'synpunkt*',
    'yttrande*',
    'comment*',
    'feedback',
    'remark*',
  ],
  quote: [
    'lainaus',
    'lainau*',
    'kohta tekstissa',
    '^teksti',
    'tekstikohta',
    'citat*',
    '^text',
    'textavsnitt*',
    'quote*',
    'quotation',
    'passage',
  ],
};

/**
 * Survey tools' own columns (Forms: ID, Start time, Completion time, Email, Name; Webropol's
 * answer times) say nothing about the plan and are never placed, however they are worded.
 */
const metadataHeaders = new Set([
  'id',
  'tunnus',
  'vastausaika',
  'aloitusaika',
  'lopetusaika',
  'valmistumisaika',
  'paattymisaika',
  'sahkoposti',
  'sahkopostiosoite',
  'nimi',
  'viimeksi muokattu',
  'viimeksi muokattu aika',
  'starttid',
  'sluttid',
  'tid for slutforande',
  'e post',
  'namn',
  'senast andrad',
  'start time',
  'completion time',
  'email',
  'e mail',
  'name',
  'last modified time',
]);
const metadataLastWords = new Set(['id', 'ip', 'tunnus', 'time', 'tid', 'aika', 'pvm']);

function isMetadata(folded: string): boolean {
  return metadataHeaders.has(folded) || metadataLastWords.has(folded.split(' ').at(-1) ?? '');
}

const EXACT = 3;
const AT_START = 2;
const AS_WORD = 1;

function wordMatches(keyword: string, word: string): boolean {
  return keyword.endsWith('*') ? word.startsWith(keyword.slice(0, -1)) : word === keyword;
}

/** How strongly `keyword` names the header, minus a little for each word before it; 0: not at all. */
function strength(keyword: string, words: readonly string[]): number {
  const startOnly = keyword.startsWith('^');
  const parts = (startOnly ? keyword.slice(1) : keyword).split(' ');
  let best = 0;
  for (let at = 0; at + parts.length <= words.length && !(startOnly && at > 0); at++) {
    if (!parts.every((part, index) => wordMatches(part, words[at + index]!))) continue;
    const level = at > 0 ? AS_WORD : parts.length === words.length ? EXACT : AT_START;
    best = Math.max(best, level * 100 - at);
  }
  return best;
}

/** Roles in the order they win a tie on the same header. */
const roles: readonly Role[] = ['organisation', 'section', 'quote', 'comment'];

export function recogniseColumns(headers: readonly string[]): {
  columns: SurveyColumns | null;
  unplaced: string[];
} {
  const candidates: Array<{ role: Role; column: number; score: number }> = [];
  headers.forEach((header, column) => {
    const folded = foldText(header);
    if (folded === '' || isMetadata(folded)) return;
    const words = folded.split(' ');
    for (const role of roles) {
      const score = Math.max(0, ...keywords[role].map((keyword) => strength(keyword, words)));
      if (score > 0) candidates.push({ role, column, score });
    }
  });
  // The strongest naming is placed first, so "Kohta tekstissä" is the quote, not the section.
  candidates.sort(
    (a, b) =>
      b.score - a.score || a.column - b.column || roles.indexOf(a.role) - roles.indexOf(b.role),
  );
  const placed = new Map<Role, number>();
  const used = new Set<number>();
  for (const { role, column } of candidates) {
    if (placed.has(role) || used.has(column)) continue;
    placed.set(role, column);
    used.add(column);
  }
  const comment = placed.get('comment');
  const columns: SurveyColumns | null =
    comment === undefined
      ? null
      : {
          organisation: placed.get('organisation') ?? null,
          section: placed.get('section') ?? null,
          comment,
          quote: placed.get('quote') ?? null,
        };
  const mapped = columns ? used : new Set<number>();
  const unplaced = headers.filter((header, column) => header.trim() !== '' && !mapped.has(column));
  return { columns, unplaced };
}
