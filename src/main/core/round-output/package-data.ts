import type { RespondentKind } from '../../../shared/domain/rounds';
import type { Language } from '../../../shared/domain/settings';
import type { Db } from '../db/plan-file';
import { readMeta } from '../plans/repository';
import { roundRow, roundSections } from '../rounds/store';
import { versionRow } from '../versions/service';

/** Everything the cover letter and the response form say, read from the plan in one go. */
export interface PackageData {
  plan: { title: string; region: string; language: Language };
  round: {
    title: string;
    versionId: string;
    versionNumber: number;
    versionLabel: string;
    closesOn: string | null;
    instructions: string;
  };
  /** The round version's sections in reading order, numbered as there. */
  sections: Array<{ id: string; number: string; title: string }>;
  /** The respondents asked, by name. */
  invited: Array<{ name: string; kind: RespondentKind }>;
  /** In the round's order; `section` null: about the whole plan (or a section no longer known). */
  questions: Array<{
    number: number;
    section: { id: string; number: string; title: string } | null;
    text: string;
  }>;
}

export function readPackageData(db: Db, roundId: string): PackageData {
  return db.transaction(() => {
    const round = roundRow(db, roundId);
    const version = versionRow(db, round.version_id);
    const meta = readMeta(db);
    const sections = roundSections(db, roundId).map(({ id, number, title }) => ({
      id,
      number,
      title,
    }));
    const byId = new Map(sections.map((section) => [section.id, section]));
    const invited = db
      .prepare(
        `SELECT r.name, r.kind FROM round_invitees i JOIN respondents r ON r.id = i.respondent_id
         WHERE i.round_id = ?`,
      )
      .all(roundId) as Array<{ name: string; kind: RespondentKind }>;
    const questions = db
      .prepare('SELECT section_id, text FROM questions WHERE round_id = ? ORDER BY position')
      .all(roundId) as Array<{ section_id: string | null; text: string }>;
    return {
      plan: { title: meta.title, region: meta.region, language: meta.language },
      round: {
        title: round.title,
        versionId: version.id,
        versionNumber: version.number,
        versionLabel: version.label,
        closesOn: round.closes_on,
        instructions: round.instructions,
      },
      sections,
      invited: invited.sort((a, b) => a.name.localeCompare(b.name, 'fi')),
      questions: questions.map((question, index) => {
        const section = question.section_id === null ? undefined : byId.get(question.section_id);
        return {
          number: index + 1,
          section: section ?? null,
          text: question.text,
        };
      }),
    };
  })();
}
