import {
  educationLevels,
  NeedFigureSchema,
  type EducationLevel,
  type Provider,
  type ProviderInput,
} from '../../../shared/domain/plan-data';
import { z } from 'zod';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { newId } from '../ids';
import { nameKey, tidyName } from './keys';

/** The register of education providers and the state of their own plans (OpHL 13 §). */

interface ProviderRecord {
  id: string;
  name: string;
  kind: Provider['kind'];
  language: Provider['language'];
  plan_status: Provider['planStatus'];
  adopted_on: string | null;
  plan_reference: string;
  need_text: string;
  need_figures: string;
}

const collator = new Intl.Collator('fi');
const NeedFiguresSchema = z.array(NeedFigureSchema);

/** Every provider in register order: by name in Finnish collation. */
export function listProviders(db: Db): Provider[] {
  const records = db.prepare('SELECT * FROM providers').all() as ProviderRecord[];
  const levels = db.prepare('SELECT provider_id, level FROM provider_levels').all() as Array<{
    provider_id: string;
    level: EducationLevel;
  }>;
  return records
    .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1))
    .map((record, position) => ({
      id: record.id,
      name: record.name,
      kind: record.kind,
      levels: educationLevels.filter((level) =>
        levels.some((l) => l.provider_id === record.id && l.level === level),
      ),
      language: record.language,
      planStatus: record.plan_status,
      adoptedOn: record.adopted_on,
      planReference: record.plan_reference,
      needText: record.need_text,
      needFigures: NeedFiguresSchema.parse(JSON.parse(record.need_figures)),
      position,
    }));
}

/** The provider, or NOT_FOUND (details.what: provider). */
export function requireProvider(db: Db, id: string): void {
  if (db.prepare('SELECT 1 FROM providers WHERE id = ?').get(id) === undefined) {
    throw new CoreError('NOT_FOUND', { what: 'provider' });
  }
}

/**
 * Adds (no id) or changes a provider and returns its id. A name another provider has is
 * DUPLICATE_NAME; an adoption date without an adopted plan is INVALID_INPUT.
 */
export function saveProvider(db: Db, input: ProviderInput, now: string): string {
  if (input.adoptedOn !== null && input.planStatus !== 'adopted') {
    throw new CoreError('INVALID_INPUT', { issue: 'adoptedOn: only with planStatus adopted' });
  }
  const id = input.id ?? newId();
  if (input.id !== undefined) requireProvider(db, input.id);
  const name = tidyName(input.name);
  const key = nameKey(name);
  if (db.prepare('SELECT 1 FROM providers WHERE name_key = ? AND id <> ?').get(key, id)) {
    throw new CoreError('DUPLICATE_NAME', { name });
  }
  const fields = {
    id,
    name,
    key,
    kind: input.kind,
    language: input.language,
    status: input.planStatus,
    adoptedOn: input.adoptedOn,
    reference: input.planReference,
    needText: input.needText,
    needFigures: JSON.stringify(input.needFigures),
    now,
  };
  if (input.id === undefined) {
    db.prepare(
      `INSERT INTO providers (id, name, name_key, kind, language, plan_status, adopted_on,
         plan_reference, need_text, need_figures, created_at)
       VALUES (@id, @name, @key, @kind, @language, @status, @adoptedOn, @reference, @needText,
         @needFigures, @now)`,
    ).run(fields);
  } else {
    db.prepare(
      `UPDATE providers SET name = @name, name_key = @key, kind = @kind, language = @language,
         plan_status = @status, adopted_on = @adoptedOn, plan_reference = @reference,
         need_text = @needText, need_figures = @needFigures
       WHERE id = @id`,
    ).run(fields);
  }
  db.prepare('DELETE FROM provider_levels WHERE provider_id = ?').run(id);
  const level = db.prepare('INSERT INTO provider_levels (provider_id, level) VALUES (?, ?)');
  for (const each of new Set(input.levels)) level.run(id, each);
  return id;
}

/** Removes a provider; staffing rows about it keep their area and lose the link. */
export function removeProvider(db: Db, id: string): void {
  requireProvider(db, id);
  db.prepare('DELETE FROM providers WHERE id = ?').run(id);
}
