import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { z } from 'zod';
import { ChecklistSchema } from '../../../shared/domain/checklist';
import { PlanDataSchema } from '../../../shared/domain/plan-data';
import { countWords } from '../../../shared/domain/lexical';
import { parseStoredContent } from '../../../shared/domain/stored-content';
import { numberOutline, SectionIdSchema, type Outline } from '../../../shared/domain/section';
import { LanguageSchema } from '../../../shared/domain/settings';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { getChecklist } from '../checklist/service';
import { getOutline } from '../outline/service';
import { readPlanData } from '../plan-data/read';
import { readMeta } from '../plans/repository';

/**
 * The content of a version: everything a reader of the plan sees, and nothing about how or when it
 * was frozen (no label, time or author), so equal content always has an equal digest.
 *
 * - `meta`: title, region, period, language, Helsinki variant;
 * - `outline`: every visible section in reading order (its place is its position in the list):
 *   id, parent, title, template key;
 * - `sections`: in the same order, each section's Lexical state parsed as JSON (null if nobody has
 *   written in it) and its plain text;
 * - `checklist`: the statutory checklist as it stood (links as each item's sections, confirmations
 *   with who and when, statuses, evidence from the data);
 * - `data` (from format 2): the plan's data as its live blocks show it (providers, staffing computed
 *   against the plan's ratio set, indicators, the known ratio sets). Format 1 snapshots, frozen
 *   before the app kept data, have none; they are read with `data` null and verify as stored.
 *
 * It is stored as its canonical JSON (RFC 8785: sorted keys, no whitespace, fixed number and string
 * forms), and the digest is the SHA-256 of that text in UTF-8, so anyone can recompute it with any
 * RFC 8785 implementation and `sha256sum`.
 */
export const SNAPSHOT_FORMAT = 2;

const SnapshotSchema = z
  .object({
    format: z.union([z.literal(1), z.literal(SNAPSHOT_FORMAT)]),
    meta: z.object({
      title: z.string(),
      region: z.string(),
      period: z.string().nullable(),
      language: LanguageSchema,
      helsinki: z.boolean(),
    }),
    outline: z.array(
      z.object({
        id: SectionIdSchema,
        parentId: SectionIdSchema.nullable(),
        title: z.string(),
        templateKey: z.string().nullable(),
      }),
    ),
    sections: z.array(
      z.object({
        id: SectionIdSchema,
        content: z.record(z.string(), z.unknown()).nullable(),
        plainText: z.string(),
      }),
    ),
    checklist: ChecklistSchema,
    data: PlanDataSchema.nullable().default(null),
  })
  .refine((snapshot) => (snapshot.format === 1) === (snapshot.data === null), {
    message: 'format 2 snapshots hold the data, format 1 snapshots none',
  });
export type Snapshot = z.infer<typeof SnapshotSchema>;

/**
 * A section's stored JSON checked before a version or an export holds it (links other than
 * http(s)/mailto unwrapped); text the editor could not load either is a damaged file.
 */
function storedState(db: Db, sectionId: string, text: string): Record<string, unknown> {
  const state = parseStoredContent(text);
  if (!state) throw new CoreError('CORRUPT', { path: db.name, sectionId });
  return state;
}

/** The plan as it is now, as a version would hold it. */
export function captureSnapshot(db: Db): Snapshot {
  const meta = readMeta(db);
  const outline = getOutline(db);
  const text = db.prepare('SELECT content, plain_text FROM sections WHERE id = ?');
  return {
    format: SNAPSHOT_FORMAT,
    meta: {
      title: meta.title,
      region: meta.region,
      period: meta.period,
      language: meta.language,
      helsinki: meta.helsinki,
    },
    outline: outline.map((entry) => ({
      id: entry.id,
      parentId: entry.parentId,
      title: entry.title,
      templateKey: entry.templateKey,
    })),
    sections: outline.map((entry) => {
      const row = text.get(entry.id) as { content: string | null; plain_text: string };
      return {
        id: entry.id,
        content: row.content === null ? null : storedState(db, entry.id, row.content),
        plainText: row.plain_text,
      };
    }),
    checklist: getChecklist(db),
    data: readPlanData(db),
  };
}

/** The canonical JSON (RFC 8785) of a snapshot: the exact text that is stored and digested. */
export function canonicalJson(snapshot: Snapshot): string {
  const text = canonicalize(snapshot);
  if (text === undefined) throw new CoreError('INTERNAL', { reason: 'snapshot: not JSON' });
  return text;
}

/** Hex SHA-256 of the canonical JSON's UTF-8 bytes. */
export function digestOf(canonical: string): string {
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Reads a stored snapshot; null when the text is not one (damaged or tampered with). */
export function parseSnapshot(text: string): Snapshot | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = SnapshotSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * The digest of a stored snapshot recomputed from its text: what `verify` compares with the stored
 * digest. The text is canonicalized again, so a change of any value shows, while the stored text
 * need not be byte-for-byte canonical; text that is not JSON at all gives "".
 */
export function recomputeDigest(text: string): string {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return '';
  }
  const canonical = canonicalize(raw);
  return canonical === undefined ? '' : digestOf(canonical);
}

/** The snapshot's outline numbered as the plan shows it, with word counts. */
export function snapshotOutline(snapshot: Snapshot): Outline {
  const words = new Map(
    snapshot.sections.map((section) => [section.id, countWords(section.plainText)]),
  );
  return numberOutline(
    snapshot.outline.map((entry) => ({ ...entry, words: words.get(entry.id) ?? 0 })),
  );
}

/** A section's content as Lexical JSON text again (null when it had none). */
export function contentText(content: unknown): string | null {
  return content === null || content === undefined ? null : JSON.stringify(content);
}
