import { diceCoefficient } from 'dice-coefficient';
import { applicableRequirements } from '../../../shared/statutory/catalogue';
import { statutoryTemplate, type TemplateSection } from '../../../shared/statutory/template';
import { languages } from '../../../shared/domain/settings';

/**
 * Suggests requirements for an imported section by how much its title resembles the
 * requirement's labels (fi, sv, en) and the titles of the template sections that serve it.
 */

/** Chosen against the headings of real 2022 plans (see suggest.test.ts). */
export const SUGGESTION_THRESHOLD = 0.5;
const MAX_SUGGESTIONS = 3;
/** Below this a resemblance is noise, not worth showing. */
const MIN_SCORE = 0.3;

/**
 * Words every title of this domain shares ("opiskeluhuollon", "suunnitelma", "alueellinen", "ja"):
 * left in, they make every title resemble every requirement.
 */
const GENERIC = [
  /^opiskeluhuol/,
  /^oppilashuol/,
  /^elevhäls/,
  /^elev/,
  /^student/,
  /^welfare/,
  /^suunnitelm/,
  /^plan/,
  /^alueelli/,
  /^regional/,
  /^hyvinvointialue/,
  /^välfärdsområde/,
  /^wellbeing/,
  /^palvelu/,
  /^tjänst/,
  /^service/,
];
const FUNCTION_WORDS = new Set([
  'ja',
  'sekä',
  'tai',
  'och',
  'samt',
  'eller',
  'and',
  'or',
  'of',
  'the',
  'for',
  'in',
  'i',
  'för',
  'av',
  'to',
]);

/** Lower case, without outline numbers ("3.2.") and punctuation, single spaces. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFC')
    .toLowerCase()
    .replace(/^\s*(?:luku\s+|kapitel\s+|chapter\s+)?[\divxlc]+(?:\.\d+)*\.?\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a title that tell it apart. */
export function keyWords(title: string): string[] {
  return normaliseTitle(title)
    .split(' ')
    .filter(
      (word) =>
        word !== '' && !FUNCTION_WORDS.has(word) && !GENERIC.some((stem) => stem.test(word)),
    );
}

/**
 * Whole-phrase similarity, and how well each of the title's words is matched by a word of the
 * phrase (Finnish inflects: "voimavarat" ~ "voimavarojen"); the score is their mean.
 */
function similarity(title: string[], phrase: string[]): number {
  if (title.length === 0 || phrase.length === 0) return 0;
  const whole = diceCoefficient(title.join(' '), phrase.join(' '));
  const perWord =
    title.reduce(
      (sum, word) => sum + Math.max(...phrase.map((other) => diceCoefficient(word, other))),
      0,
    ) / title.length;
  return (whole + perWord) / 2;
}

function templateTitles(sections: readonly TemplateSection[], into: Map<string, string[]>) {
  for (const section of sections) {
    for (const id of section.requirements) {
      const titles = into.get(id) ?? [];
      titles.push(...languages.map((language) => section.title[language]));
      into.set(id, titles);
    }
    templateTitles(section.children ?? [], into);
  }
  return into;
}

/** Every applicable requirement (a new plan is not the Helsinki variant) with its phrases. */
const candidates = (() => {
  const fromTemplate = templateTitles(statutoryTemplate, new Map());
  return applicableRequirements({ helsinki: false }).map((requirement) => ({
    id: requirement.id,
    phrases: [
      ...languages.map((language) => requirement.label[language]),
      ...(fromTemplate.get(requirement.id) ?? []),
    ].map(keyWords),
  }));
})();

export interface Suggestion {
  requirementId: string;
  score: number;
}

export function suggestRequirements(title: string): Suggestion[] {
  const wanted = keyWords(title);
  if (wanted.length === 0) return [];
  return candidates
    .map(({ id, phrases }) => ({
      requirementId: id,
      score:
        Math.round(Math.max(...phrases.map((phrase) => similarity(wanted, phrase))) * 1000) / 1000,
    }))
    .filter((suggestion) => suggestion.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.requirementId.localeCompare(b.requirementId))
    .slice(0, MAX_SUGGESTIONS);
}
