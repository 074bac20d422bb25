import type {
  AuthorMapping,
  CommentImportPreview,
  SurveyColumns,
} from '../../../../shared/domain/comment-import';
import type { Respondent, RespondentKind } from '../../../../shared/domain/rounds';

/** An author (Word) or organisation (survey) name found in the chosen files, over all of them. */
export interface AuthorEntry {
  author: string;
  comments: number;
  /** Names of the files it appears in. */
  files: string[];
  /** The respondent the core proposes: remembered, or the same name; null when none. */
  respondentId: string | null;
  remembered: boolean;
}

/** Where she sends an author's comments: an existing respondent, or a new one. */
export type AuthorChoice =
  { to: 'existing'; respondentId: string } | { to: 'new'; name: string; kind: RespondentKind };

/** Every author of every file once, in the order first met; counts added up. */
export function collectAuthors(preview: CommentImportPreview): AuthorEntry[] {
  const byName = new Map<string, AuthorEntry>();
  for (const file of preview.files) {
    for (const found of file.authors) {
      const entry = byName.get(found.author);
      if (!entry) {
        byName.set(found.author, { ...found, files: [file.name] });
        continue;
      }
      entry.comments += found.comments;
      if (!entry.files.includes(file.name)) entry.files.push(file.name);
      if (entry.respondentId === null && found.respondentId !== null) {
        entry.respondentId = found.respondentId;
        entry.remembered = found.remembered;
      }
    }
  }
  return [...byName.values()];
}

const kindHints: Array<[RespondentKind, RegExp]> = [
  ['county', /hyvinvointialue|välfärdsområde|wellbeing services county/i],
  ['guardians', /huolta|vanhemp|föräld|vårdnadshav|parent|guardian/i],
  ['students', /opiskelij|oppila|studerande|elev|student|nuorisovaltuusto|ungdomsfullmäktige/i],
  ['provider', /lukio|opisto|koulu|gymnas|skola|institut|college|ammatti|yrkes|koulutus/i],
  ['municipality', /kunta|kaupunki|stad|kommun|municipality|city|town/i],
];

/** A guess at what kind of organisation a name is ("Järvenpään kaupunki" → kunta). */
export function suggestKind(name: string): RespondentKind {
  return kindHints.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';
}

/**
 * What the mapping starts from: the respondent the core proposes, else a new respondent named as
 * the author (the file's name when a survey has no organisation column).
 */
export function initialChoice(entry: AuthorEntry, fallbackName: string): AuthorChoice {
  if (entry.respondentId !== null) return { to: 'existing', respondentId: entry.respondentId };
  const name = entry.author.trim() || fallbackName;
  return { to: 'new', name, kind: suggestKind(name) };
}

/** Choices for authors not yet chosen for, keeping the ones she made (a preview read again). */
export function withChoices(
  authors: AuthorEntry[],
  chosen: ReadonlyMap<string, AuthorChoice>,
  fallbackName: (entry: AuthorEntry) => string,
): Map<string, AuthorChoice> {
  return new Map(
    authors.map((entry) => [
      entry.author,
      chosen.get(entry.author) ?? initialChoice(entry, fallbackName(entry)),
    ]),
  );
}

/** Why a new respondent's name cannot be used: empty, already in the register, or given twice. */
export type NameProblem = 'empty' | 'inRegister' | 'twice';

export function nameProblems(
  choices: ReadonlyMap<string, AuthorChoice>,
  respondents: Respondent[],
): Map<string, NameProblem> {
  const key = (name: string) => name.trim().toLocaleLowerCase('fi');
  const registered = new Set(respondents.map((respondent) => key(respondent.name)));
  const counts = new Map<string, number>();
  for (const choice of choices.values())
    if (choice.to === 'new') counts.set(key(choice.name), (counts.get(key(choice.name)) ?? 0) + 1);
  const problems = new Map<string, NameProblem>();
  for (const [author, choice] of choices) {
    if (choice.to !== 'new') continue;
    const name = key(choice.name);
    if (name === '') problems.set(author, 'empty');
    else if (registered.has(name)) problems.set(author, 'inRegister');
    else if ((counts.get(name) ?? 0) > 1) problems.set(author, 'twice');
  }
  return problems;
}

/** The mapping the commit takes: every author, to a respondent or to one created with the import. */
export function authorMapping(choices: ReadonlyMap<string, AuthorChoice>): AuthorMapping {
  return [...choices].map(([author, choice]) => ({
    author,
    target:
      choice.to === 'existing'
        ? { respondentId: choice.respondentId }
        : { create: { name: choice.name.trim(), kind: choice.kind } },
  }));
}

/** The files as the commit takes them, with the columns she chose for surveys. */
export function commitFiles(
  preview: CommentImportPreview,
  columns: ReadonlyMap<string, SurveyColumns>,
) {
  return preview.files.map((file) => {
    const chosen = columns.get(file.path) ?? file.survey?.columns ?? undefined;
    return { path: file.path, digest: file.digest, ...(chosen ? { columns: chosen } : {}) };
  });
}

/** Survey files whose comment column is neither recognised nor chosen: they cannot be imported. */
export function unmappedSurveys(
  preview: CommentImportPreview,
  columns: ReadonlyMap<string, SurveyColumns>,
): string[] {
  return preview.files
    .filter(
      (file) => file.survey !== null && file.survey.columns === null && !columns.has(file.path),
    )
    .map((file) => file.name);
}
