import { basename, extname } from 'node:path';
import type {
  AuthorMapping,
  AuthorTarget,
  ImportAuthor,
} from '../../../shared/domain/comment-import';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import {
  insertRespondent,
  nameKey,
  rememberAlias,
  respondentByAlias,
  respondentByName,
} from '../rounds/store';
import type { ParsedComment } from './types';

/**
 * Who a file's authors are. A Word author or a survey's organisation cell is matched, unless the
 * import says otherwise, to the respondent remembered for it, else to the respondent of that name;
 * a name with no respondent becomes a new one (kind other). An author of "" (a survey without an
 * organisation column, a Word comment without an author) stands for the file's respondent, named
 * after the file ("Keravan kaupunki.csv" → "Keravan kaupunki").
 */

const MAX_NAME = 200;

/** An author as grouped and mapped: whitespace runs as one space, trimmed. */
export const authorOf = (comment: ParsedComment): string =>
  comment.author.replace(/\s+/g, ' ').trim();

/** The respondent name an author stands for when nothing maps it. */
export function defaultName(author: string, path: string): string {
  const name = author === '' ? basename(path, extname(path)).replace(/\s+/g, ' ').trim() : author;
  return name.slice(0, MAX_NAME).trim();
}

/** The authors of a file in order of appearance, each with its number of comments. */
export function countAuthors(comments: readonly ParsedComment[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const comment of comments) {
    const author = authorOf(comment);
    counts.set(author, (counts.get(author) ?? 0) + 1);
  }
  return counts;
}

/** The respondent remembered for an author, else the one of its name (the preview's suggestion). */
function knownRespondent(db: Db, author: string, path: string) {
  const remembered = author === '' ? null : respondentByAlias(db, author);
  if (remembered) return { id: remembered.id, remembered: true };
  const name = defaultName(author, path);
  const named = name === '' ? null : respondentByName(db, name);
  return named ? { id: named.id, remembered: false } : null;
}

export function suggestAuthor(
  db: Db,
  author: string,
  comments: number,
  path: string,
): ImportAuthor {
  const known = knownRespondent(db, author, path);
  return {
    author,
    comments,
    respondentId: known?.id ?? null,
    remembered: known?.remembered ?? false,
  };
}

/**
 * Maps authors to respondents inside the import's transaction, creating the respondents asked for
 * (or needed by the default rule) and remembering every mapping for the next import.
 */
export class AuthorMapper {
  private readonly targets = new Map<string, AuthorTarget>();
  /** Respondents of the authors the import maps explicitly (`resolveTargets`). */
  private readonly resolved = new Map<string, string>();
  /** Respondents created by this import, by name key: two authors may ask for the same one. */
  private readonly created = new Map<string, { id: string; name: string }>();

  constructor(
    private readonly db: Db,
    mapping: AuthorMapping,
    private readonly createdAt: string,
  ) {
    for (const { author, target } of mapping) {
      const key = author.replace(/\s+/g, ' ').trim();
      if (this.targets.has(key)) {
        throw new CoreError('INVALID_INPUT', { issue: `authors: ${key.slice(0, 80)} twice` });
      }
      this.targets.set(key, target);
    }
  }

  /** Names of the respondents created so far. */
  createdNames(): string[] {
    return [...this.created.values()].map((respondent) => respondent.name);
  }

  /**
   * Creates or finds the respondents the import names for the authors of its files, before any
   * author is matched by name: an author of the same name then finds the respondent asked for.
   */
  resolveTargets(authors: ReadonlySet<string>): void {
    for (const [author, target] of this.targets) {
      if (authors.has(author)) this.resolved.set(author, this.targetId(target));
    }
  }

  /** The respondent of `author` in the file at `path`. */
  respondentFor(author: string, path: string): string {
    const id = this.resolved.get(author) ?? this.byDefault(author, path);
    rememberAlias(this.db, author, id);
    return id;
  }

  private targetId(target: AuthorTarget): string {
    if ('create' in target) return this.create(target.create.name, target.create.kind);
    const exists = this.db
      .prepare('SELECT 1 FROM respondents WHERE id = ?')
      .get(target.respondentId);
    if (!exists) throw new CoreError('NOT_FOUND', { what: 'respondent' });
    return target.respondentId;
  }

  private byDefault(author: string, path: string): string {
    const known = knownRespondent(this.db, author, path);
    if (known) return known.id;
    const name = defaultName(author, path);
    if (name === '') throw new CoreError('INVALID_INPUT', { issue: 'authors: no name' });
    return this.create(name, 'other');
  }

  /** A new respondent; asking twice in one import gives the same one. */
  private create(name: string, kind: Parameters<typeof insertRespondent>[1]['kind']): string {
    const key = nameKey(name);
    const earlier = this.created.get(key);
    if (earlier) return earlier.id;
    const id = insertRespondent(this.db, { name, kind }, this.createdAt);
    this.created.set(key, { id, name: name.replace(/\s+/g, ' ').trim() });
    return id;
  }
}
