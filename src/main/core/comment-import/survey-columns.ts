import type { SurveyColumns } from '../../../shared/domain/comment-import';
import { placeColumns, type Keywords } from './header-words';

/**
 * Recognises a survey's columns from its headers. Hand-made sheets have short headers
 * ("Organisaatio", "Kommentti"); Webropol and Microsoft Forms use each question's whole text as
 * its header ("Organisaatio, jota edustatte", "Kommenttinne suunnitelman lukuun"), so a keyword
 * also counts at the start of a header or as one of its words, less strongly. Keywords are folded
 * (lower case, no diacritics); a trailing `*` matches any ending, as Finnish inflects; a leading
 * `^` counts only at the start ("Text" is the quote, "Free text" is not).
 */

type Role = keyof SurveyColumns;

const keywords: Keywords<Role> = {
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

/** Roles in the order they win a tie on the same header. */
const roles: readonly Role[] = ['organisation', 'section', 'quote', 'comment'];

export function recogniseColumns(headers: readonly string[]): {
  columns: SurveyColumns | null;
  unplaced: string[];
} {
  const placed = placeColumns(headers, keywords, roles, {
    ignored: (folded) => folded === '' || isMetadata(folded),
  });
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
  const mapped = new Set(columns ? placed.values() : []);
  const unplaced = headers.filter((header, column) => header.trim() !== '' && !mapped.has(column));
  return { columns, unplaced };
}
