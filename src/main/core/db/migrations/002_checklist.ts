import type { Migration } from './types';

/**
 * The requirements each section of the statutory template served when schema 2 was released
 * (template 2026-11-28), frozen here: a released migration never changes, even when the template
 * does, so a file made by Suunta 0.1 always gets these same links.
 */
export const templateLinksAtSchema2: Readonly<Record<string, readonly string[]>> = {
  'intro.scope': ['reg.scope_services'],
  'intro.preparation': ['reg.prepared_by_group', 'reg.council_approval_per_term'],
  'intro.related_plans': ['reg.based_on_provider_plans', 'reg.attached_to_child_youth_plan'],
  goals: ['reg.goals_principles'],
  cooperation: ['reg.cooperation_plan'],
  'cooperation.structures': ['reg.cooperation_plan', 'reg.prepared_by_group'],
  'cooperation.practices': ['reg.cooperation_plan'],
  'cooperation.premises': ['reg.cooperation_plan'],
  need: ['reg.total_need_from_provider_plans', 'reg.other_measures'],
  'need.provider_plans': ['reg.total_need_from_provider_plans', 'reg.based_on_provider_plans'],
  'need.other_measures': ['reg.other_measures'],
  resources: ['reg.resource_allocation'],
  'resources.staffing': ['reg.resource_allocation'],
  'resources.allocation': ['reg.resource_allocation'],
  language_rights: ['reg.language_rights'],
  monitoring: ['reg.implementation_monitoring'],
  'monitoring.actions': ['reg.implementation_monitoring'],
  'monitoring.indicators': ['reg.implementation_monitoring'],
  'monitoring.review': ['reg.review_when_needed'],
  'annexes.providers': ['reg.based_on_provider_plans'],
  'annexes.group': ['reg.prepared_by_group'],
};

/** The catalogue version a file migrated from schema 1 is checked against. */
const CATALOGUE_AT_SCHEMA2 = '2026-11-28';

/**
 * Schema 2: the statutory checklist. Sections link to the requirements they serve; confirmations
 * record who confirmed a requirement, when, and the revisions of its sections at that moment. The
 * plan gains the Helsinki setting and the catalogue version it is checked against. Sections of a
 * schema 1 file are linked by their template key, as a new plan's are.
 */
export const checklist: Migration = {
  version: 2,
  up(db) {
    db.exec(`
      CREATE TABLE section_requirements (
        section_id TEXT NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
        requirement_id TEXT NOT NULL,
        PRIMARY KEY (section_id, requirement_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX section_requirements_by_requirement
        ON section_requirements (requirement_id, section_id);

      CREATE TABLE confirmations (
        requirement_id TEXT PRIMARY KEY,
        confirmed_by TEXT NOT NULL,
        confirmed_at TEXT NOT NULL,
        section_revisions TEXT NOT NULL
      ) STRICT;

      ALTER TABLE meta ADD COLUMN helsinki INTEGER NOT NULL DEFAULT 0 CHECK (helsinki IN (0, 1));
      ALTER TABLE meta ADD COLUMN catalogue_version TEXT NOT NULL
        DEFAULT '${CATALOGUE_AT_SCHEMA2}';
    `);
    const link = db.prepare(
      `INSERT OR IGNORE INTO section_requirements (section_id, requirement_id)
       SELECT id, ? FROM sections WHERE template_key = ?`,
    );
    for (const [key, requirements] of Object.entries(templateLinksAtSchema2)) {
      for (const requirement of requirements) link.run(requirement, key);
    }
  },
};
