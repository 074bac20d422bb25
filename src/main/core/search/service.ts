import {
  SEARCH_HIT_LIMIT,
  type CommentField,
  type HitSource,
  type SearchGroup,
  type SearchResults,
  type SearchSources,
} from '../../../shared/domain/search';
import { quoteAt } from '../../../shared/anchoring';
import { matchesByTerm, mergeRanges, type MatchRange } from '../../../shared/search/match';
import {
  describeTerms,
  ftsExpression,
  parseQuery,
  type ParsedQuery,
} from '../../../shared/search/query';
import type { Db } from '../db/plan-file';
import { readTree } from '../outline/repository';
import { Tree } from '../outline/tree';
import {
  matchingRows,
  titleInVersion,
  type CommentRow,
  type IndexRow,
  type SectionRow,
  type VersionRow,
} from './candidates';
import { snippetOf } from './snippet';

/**
 * Haku across the plan. FTS5 finds the candidate rows (diacritics removed, word starts through the
 * prefix index); each candidate is then matched in JavaScript with the shared matcher, which
 * checks diacritics typed in the query and gives the exact ranges, so the results agree with what
 * the editor's find bar highlights. Snippets and quotes are made only for the hits returned.
 */

/** A place that matches, before its snippet and quote are made. */
interface FoundHit {
  source: HitSource;
  text: string;
  ranges: MatchRange[];
  /** Whether the passage can be selected (false for titles). */
  quotable: boolean;
}

interface FoundGroup {
  sectionId: string | null;
  number: string;
  title: string;
  hits: FoundHit[];
}

/** Each field's merged ranges when the fields together hold every term; null otherwise. */
function matchFields(texts: readonly string[], query: ParsedQuery): MatchRange[][] | null {
  const found = query.terms.map(() => false);
  const byField = texts.map((text) => {
    const byTerm = matchesByTerm(text, query);
    byTerm.forEach((ranges, index) => {
      if (ranges.length > 0) found[index] = true;
    });
    return mergeRanges(byTerm.flat());
  });
  return found.every(Boolean) ? byField : null;
}

/** The groups of a search, in the plan's reading order, filled as hits are found. */
class Groups {
  private readonly live = new Map<string, FoundGroup>();
  private readonly gone = new Map<string, FoundGroup>();
  private readonly wholePlan: FoundGroup = { sectionId: null, number: '', title: '', hits: [] };

  constructor(private readonly tree: Tree) {
    for (const entry of tree.outline()) {
      this.live.set(entry.id, {
        sectionId: entry.id,
        number: entry.number,
        title: entry.title,
        hits: [],
      });
    }
  }

  /** The group of a section in the plan now; undefined for one removed or never in it. */
  liveGroup(sectionId: string): FoundGroup | undefined {
    return this.live.get(sectionId);
  }

  /**
   * The group of `sectionId`, wherever it is. A section no longer in the plan is titled as it was
   * last saved, or else as `knownTitle` (its version's or its comment's round's) has it.
   */
  groupOf(sectionId: string | null, knownTitle: () => string | null): FoundGroup {
    if (sectionId === null) return this.wholePlan;
    const group = this.live.get(sectionId) ?? this.gone.get(sectionId);
    if (group) return group;
    const title = this.tree.get(sectionId)?.title ?? knownTitle() ?? '';
    const created: FoundGroup = { sectionId, number: '', title, hits: [] };
    this.gone.set(sectionId, created);
    return created;
  }

  /** Groups with hits: the plan's sections in order, sections no longer in it, the whole plan. */
  ordered(): FoundGroup[] {
    return [...this.live.values(), ...this.gone.values(), this.wholePlan].filter(
      (group) => group.hits.length > 0,
    );
  }
}

function add(group: FoundGroup, source: HitSource, text: string, ranges: MatchRange[]) {
  if (ranges.length > 0) {
    group.hits.push({ source, text, ranges, quotable: source.kind !== 'title' });
  }
}

function ofKind<K extends IndexRow['kind']>(rows: IndexRow[], kind: K) {
  return rows.filter((row): row is Extract<IndexRow, { kind: K }> => row.kind === kind);
}

function addSectionHits(groups: Groups, rows: SectionRow[], query: ParsedQuery) {
  for (const row of rows) {
    // A section inside a removed one keeps its index row but is not in the plan.
    const group = groups.liveGroup(row.sectionId);
    const fields = group && matchFields([row.title, row.body], query);
    if (!group || !fields) continue;
    add(group, { kind: 'title' }, row.title, fields[0]!);
    add(group, { kind: 'text' }, row.body, fields[1]!);
  }
}

/** Newest version first. */
function addVersionHits(groups: Groups, rows: VersionRow[], query: ParsedQuery) {
  rows.sort((a, b) => b.versionNumber - a.versionNumber);
  for (const row of rows) {
    const fields = matchFields([row.title, row.body], query);
    if (!fields) continue;
    const source: HitSource = {
      kind: 'version',
      versionId: row.versionId,
      versionNumber: row.versionNumber,
      versionLabel: row.versionLabel,
    };
    const group = groups.groupOf(row.sectionId, () => row.title);
    // A version hit is in its text; only a title that matches alone shows the title.
    if (fields[1]!.length > 0) add(group, source, row.body, fields[1]!);
    else group.hits.push({ source, text: row.title, ranges: fields[0]!, quotable: false });
  }
}

const commentFields = ['text', 'proposal', 'response'] as const satisfies readonly CommentField[];

/** By round (oldest first) and number; each comment's text, proposal and response. */
function addCommentHits(db: Db, groups: Groups, rows: CommentRow[], query: ParsedQuery) {
  rows.sort(
    (a, b) =>
      a.roundCreatedAt.localeCompare(b.roundCreatedAt) ||
      a.roundId.localeCompare(b.roundId) ||
      a.commentNumber - b.commentNumber,
  );
  for (const row of rows) {
    const texts = [row.text, row.proposal, row.response];
    const fields = matchFields(texts, query);
    if (!fields) continue;
    const group = groups.groupOf(row.sectionId, () =>
      row.sectionId === null ? null : titleInVersion(db, row.roundVersionId, row.sectionId),
    );
    commentFields.forEach((field, index) => {
      const source: HitSource = {
        kind: 'comment',
        roundId: row.roundId,
        roundTitle: row.roundTitle,
        commentId: row.commentId,
        commentNumber: row.commentNumber,
        respondent: row.respondent,
        field,
        resolution: row.resolution,
      };
      add(group, source, texts[index]!, fields[index]!);
    });
  }
}

function findHits(db: Db, query: ParsedQuery, sources: SearchSources): FoundGroup[] {
  const rows = matchingRows(db, ftsExpression(query), sources);
  const groups = new Groups(new Tree(readTree(db)));
  addSectionHits(groups, ofKind(rows, 'section'), query);
  addVersionHits(groups, ofKind(rows, 'version'), query);
  addCommentHits(db, groups, ofKind(rows, 'comment'), query);
  return groups.ordered();
}

/**
 * The results of a search. Hits in the current text and titles are all kept (at most two per
 * section, and they are what a replace changes, so its count is always whole); the hits in
 * versions and comments past SEARCH_HIT_LIMIT are counted in `total` only.
 */
export function searchPlan(
  db: Db,
  input: { query: string; sources: SearchSources },
): SearchResults {
  const query = parseQuery(input.query);
  const results: SearchResults = {
    query: input.query,
    terms: describeTerms(query),
    total: 0,
    truncated: false,
    groups: [],
  };
  if (query.terms.length === 0) return results;
  const found = db.transaction(() => findHits(db, query, input.sources))();
  let room = SEARCH_HIT_LIMIT;
  for (const group of found) {
    results.total += group.hits.length;
    const kept = group.hits.filter((hit) => {
      if (hit.source.kind === 'text' || hit.source.kind === 'title') return true;
      if (room === 0) return false;
      room -= 1;
      return true;
    });
    if (kept.length < group.hits.length) results.truncated = true;
    if (kept.length === 0) continue;
    const hits = kept.map(({ source, text, ranges, quotable }) => ({
      source,
      snippet: snippetOf(text, ranges),
      matches: ranges.length,
      quote: quotable ? quoteAt(text, ranges[0]!.start, ranges[0]!.end) : null,
    }));
    const { sectionId, number, title } = group;
    results.groups.push({ sectionId, number, title, hits } satisfies SearchGroup);
  }
  return results;
}
