import type { SectionRef } from '../../../shared/domain/rounds';

/**
 * Which section of the round's version a returned comment names: a survey's section cell or the
 * text of the Word heading a comment sits under. Outline numbers are trusted first, then titles;
 * anything unclear resolves to null, and the comment is then about the plan in general.
 */

/** Lower case, without diacritics, punctuation as spaces: "Yhteisöllinen  opiskeluhuolto." → "yhteisollinen opiskeluhuolto". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Cells that say the comment is about the whole plan (folded). */
const generalHints = new Set([
  'yleinen',
  'yleiset',
  'yleista',
  'yleisesti',
  'yleinen kommentti',
  'koko suunnitelma',
  'koko suunnitelmaa',
  'suunnitelma kokonaisuutena',
  'allmant',
  'allmanna synpunkter',
  'hela planen',
  'general',
  'general comment',
  'whole plan',
  'the whole plan',
  'overall',
]);

/** A word naming the kind of place before its number (only there): "Luku 4.1", "kohta 4", "Section 2.1". */
const LABEL =
  /^(?:luku|luvun|luvussa|kohta|kohdan|kohdassa|osio|osion|kapitel|kapitlet|avsnitt|avsnittet|del|section|chapter|part|§)\s*(?=\d)/iu;

/** An outline number, its trailing dot allowed ("4.1."), and what follows it. */
const NUMBER = /^(\d{1,4}(?:\.\d{1,4})*)\.?(?=$|[\s,:;)–—-])\s*[,:;)–—-]?\s*(.*)$/su;

/** What follows a number and points within the section, not to a title: "kappale 2", "s. 14". */
const WITHIN =
  /^(?:kappale|kappaleet|kappaleessa|kpl|rivi|rivit|sivu|s|stycke|stycket|rad|sida|paragraph|paragraphs|para|line|page|p)\b\.?\s*\d/iu;

const MIN_FUZZY_TITLE = 8;

/** Finnish Excel turns a typed 4.1 into the date 4.1.2026, which it writes back as such. */
const EXCEL_DATE = /^(\d{1,2}\.\d{1,2})\.(?:19|20)\d\d$/;

function byNumber(number: string, sections: readonly SectionRef[]): SectionRef | null {
  const find = (wanted: string) =>
    sections.find((section) => section.number.replace(/\.$/, '') === wanted) ?? null;
  const asDate = EXCEL_DATE.exec(number);
  return find(number) ?? (asDate ? find(asDate[1]!) : null);
}

function byExactTitle(title: string, sections: readonly SectionRef[]): SectionRef | null {
  const matches = sections.filter((section) => foldText(section.title) === title);
  return matches.length === 1 ? matches[0]! : null;
}

/** A title that starts with, contains or is contained in the hint: only when exactly one does. */
function byPartOfTitle(title: string, sections: readonly SectionRef[]): SectionRef | null {
  if (title.length < MIN_FUZZY_TITLE) return null;
  const matches = sections.filter((section) => {
    const folded = foldText(section.title);
    return (
      folded.length >= MIN_FUZZY_TITLE &&
      (` ${folded} `.includes(` ${title}`) || ` ${title} `.includes(` ${folded} `))
    );
  });
  return matches.length === 1 ? matches[0]! : null;
}

export function resolveSection(hint: string, sections: readonly SectionRef[]): SectionRef | null {
  const text = hint.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (generalHints.has(foldText(text)) || foldText(text) === '') return null;
  // "4,1": Finnish Excel turns a typed 4.1 into the decimal 4,1.
  const unlabelled = text.replace(LABEL, '').replace(/^(\d+),(\d+)$/, '$1.$2');
  const numbered = NUMBER.exec(unlabelled);
  if (!numbered) {
    const title = foldText(unlabelled);
    return byExactTitle(title, sections) ?? byPartOfTitle(title, sections);
  }
  const number = numbered[1]!;
  const rest = numbered[2]!;
  const title = WITHIN.test(rest) ? '' : foldText(rest);
  const numberMatch = byNumber(number, sections);
  if (title === '') return numberMatch;
  if (numberMatch && foldText(numberMatch.title) === title) return numberMatch;
  // The number and the title disagree (the plan was renumbered since): the exact title wins, then
  // the number, and only then a part of a title.
  return byExactTitle(title, sections) ?? numberMatch ?? byPartOfTitle(title, sections);
}
