import { z } from 'zod';
import type { PlanMeta } from '../../../shared/domain/plan';
import { LanguageSchema } from '../../../shared/domain/settings';
import type { Db } from '../db/plan-file';

const MetaRowSchema = z.object({
  title: z.string(),
  region: z.string(),
  period: z.string().nullable(),
  language: LanguageSchema,
  created_at: z.string(),
  helsinki: z.union([z.literal(0), z.literal(1)]),
  catalogue_version: z.string(),
});

export interface NewMeta {
  title: string;
  region: string;
  period: string | null;
  language: PlanMeta['language'];
  createdAt: string;
  templateVersion: string;
  appVersion: string;
  catalogueVersion: string;
}

export function insertMeta(db: Db, meta: NewMeta): void {
  db.prepare(
    `INSERT INTO meta (id, title, region, period, language, created_at, template_version,
       app_version, catalogue_version)
     VALUES (1, @title, @region, @period, @language, @createdAt, @templateVersion, @appVersion,
       @catalogueVersion)`,
  ).run(meta);
}

export function readMeta(db: Db): PlanMeta {
  const row = MetaRowSchema.parse(
    db
      .prepare(
        `SELECT title, region, period, language, created_at, helsinki, catalogue_version
         FROM meta WHERE id = 1`,
      )
      .get(),
  );
  return {
    title: row.title,
    region: row.region,
    period: row.period,
    language: row.language,
    helsinki: row.helsinki === 1,
    catalogueVersion: row.catalogue_version,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    createdAt: row.created_at,
  };
}

export interface MetaPatch {
  title?: string | undefined;
  region?: string | undefined;
  period?: string | null | undefined;
  helsinki?: boolean | undefined;
}

export function updateMeta(db: Db, patch: MetaPatch): void {
  const current = readMeta(db);
  db.prepare('UPDATE meta SET title = ?, region = ?, period = ?, helsinki = ? WHERE id = 1').run(
    patch.title ?? current.title,
    patch.region ?? current.region,
    patch.period === undefined ? current.period : patch.period,
    (patch.helsinki ?? current.helsinki) ? 1 : 0,
  );
}
