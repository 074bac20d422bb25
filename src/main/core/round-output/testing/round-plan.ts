import Database from 'better-sqlite3';
import type { Outline } from '../../../../shared/domain/section';
import type { VersionSummary } from '../../../../shared/domain/versions';
import type { OpenedPlan } from '../../../../shared/ipc';
import type { TestCore } from '../../testing/test-core';

/**
 * A small plan with a comment round on its first version, for the round output tests: three
 * sections written in, two respondents invited (a third not), two questions, and comments of
 * every kind and resolution. The round's rows are written with SQL while the plan is closed, so
 * these tests do not depend on the rounds service.
 */

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
});
const content = (...texts: string[]) =>
  JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: texts.map(paragraph),
    },
  });

export const ROUND_TITLE = 'Lausuntokierros 1/2026';
/** The round title as its files are named. */
export const FILE_STEM = 'Lausuntokierros 1-2026';
export const FIRST_PARAGRAPH = 'Yhteisöllinen opiskeluhuolto tukee koko oppilaitosyhteisöä.';

export interface RoundPlan {
  docId: string;
  path: string;
  outline: Outline;
  version: VersionSummary;
  roundId: string;
  /** The ids of the respondents, by name. */
  respondents: Record<string, string>;
}

export async function createRoundPlan(t: TestCore, path: string): Promise<RoundPlan> {
  const plan = await t.value<OpenedPlan>('plan.create', {
    path,
    title: 'Keski-Suomen alueellinen opiskeluhuoltosuunnitelma',
    region: 'Keski-Suomen hyvinvointialue',
    language: 'fi',
  });
  const written = plan.outline.slice(0, 3);
  for (const [index, entry] of written.entries()) {
    await t.value('section.save', {
      docId: plan.docId,
      sectionId: entry.id,
      content: content(
        index === 0 ? FIRST_PARAGRAPH : `Luvun ${entry.number} ensimmäinen kappale.`,
        `Luvun ${entry.number} toinen kappale.`,
      ),
    });
  }
  const version = await t.value<VersionSummary>('versions.create', {
    docId: plan.docId,
    label: 'Lausunnolle',
  });
  await t.value('plan.close', { docId: plan.docId });

  const db = new Database(path);
  const now = '2026-03-01T09:00:00.000Z';
  const respondents: Record<string, string> = {};
  const addRespondent = db.prepare(
    `INSERT INTO respondents (id, name, name_key, kind, created_at) VALUES (?, ?, ?, ?, ?)`,
  );
  for (const [id, name, kind] of [
    ['r-jkl', 'Jyväskylän kaupunki', 'municipality'],
    ['r-gradia', 'Koulutuskuntayhtymä Gradia', 'provider'],
    ['r-muu', 'Äänekosken kaupunki', 'municipality'],
  ] as const) {
    addRespondent.run(id, name, name.toLocaleLowerCase('fi'), kind, now);
    respondents[name] = id;
  }
  db.prepare(
    `INSERT INTO rounds (id, title, title_key, version_id, opens_on, closes_on, instructions,
       status, created_at) VALUES ('round-1', ?, ?, ?, '2026-03-02', '2026-04-15', ?, 'open', ?)`,
  ).run(
    ROUND_TITLE,
    ROUND_TITLE.toLocaleLowerCase('fi'),
    version.id,
    'Pyydämme lausuntoa suunnitelmaluonnoksesta.\nKiinnittäkää huomiota erityisesti lukuun 1.',
    now,
  );
  for (const id of ['r-jkl', 'r-gradia']) {
    db.prepare('INSERT INTO round_invitees (round_id, respondent_id) VALUES (?, ?)').run(
      'round-1',
      id,
    );
  }
  const addQuestion = db.prepare(
    'INSERT INTO questions (id, round_id, position, section_id, text) VALUES (?, ?, ?, ?, ?)',
  );
  addQuestion.run('q-1', 'round-1', 0, written[1]!.id, 'Ovatko vastuut selvät?');
  addQuestion.run('q-2', 'round-1', 1, null, 'Mitä suunnitelmasta puuttuu?');
  const addComment = db.prepare(
    `INSERT INTO comments (id, round_id, number, respondent_id, section_id, question_id, parent_id,
       quote_exact, text, kind, proposal, source, created_at, resolution, response, resolved_by,
       resolved_at)
     VALUES (@id, 'round-1', @number, @respondent, @section, @question, @parent, @quote, @text,
       @kind, @proposal, 'manual', @now, @resolution, @response, @resolvedBy, @resolvedAt)`,
  );
  const comment = {
    question: null,
    parent: null,
    quote: null,
    kind: 'comment',
    proposal: null,
    resolution: 'open',
    response: '',
    resolvedBy: '',
    resolvedAt: null,
    now,
  };
  addComment.run({
    ...comment,
    id: 'c-1',
    number: 1,
    respondent: 'r-jkl',
    section: written[0]!.id,
    quote: 'koko oppilaitosyhteisöä',
    text: 'Lisätkää maininta huoltajien osallisuudesta; se puuttuu "kokonaan".\nToinen rivi.',
    resolution: 'accepted',
    response: 'Lisätään lukuun 1.',
    resolvedBy: 'Sihteeri',
    resolvedAt: '2026-04-20T21:30:00.000Z',
  });
  addComment.run({
    ...comment,
    id: 'c-2',
    number: 2,
    respondent: 'r-gradia',
    section: written[1]!.id,
    question: 'q-1',
    quote: 'toinen kappale',
    text: '',
    kind: 'change',
    proposal: 'viimeinen kappale',
    resolution: 'partial',
    response: 'Muotoiltu toisin.',
    resolvedBy: 'Sihteeri',
    resolvedAt: '2026-04-21T08:00:00.000Z',
  });
  addComment.run({
    ...comment,
    id: 'c-3',
    number: 3,
    respondent: 'r-jkl',
    section: null,
    text: '=HYPERLINK("http://example.com") on kaava, ei teksti.',
  });
  addComment.run({
    ...comment,
    id: 'c-4',
    number: 4,
    respondent: 'r-gradia',
    section: written[0]!.id,
    parent: 'c-1',
    text: 'Samaa mieltä.',
  });
  db.close();

  const reopened = await t.value<OpenedPlan>('plan.open', { path });
  return {
    docId: reopened.docId,
    path,
    outline: reopened.outline,
    version,
    roundId: 'round-1',
    respondents,
  };
}
