import { lexicalText } from '../db/fixtures';
import type { OpenedPlan } from '../../../shared/ipc';
import type { Respondent, Round } from '../../../shared/domain/rounds';
import type { TestCore } from '../testing/test-core';

/** A plan for the tests of comment rounds: two sections with text, open in `t`. */
export async function roundPlan(t: TestCore, name = 'kierros.opsu') {
  const plan = await t.value<OpenedPlan>('plan.create', {
    path: `${t.dir}/${name}`,
    title: 'Opiskeluhuoltosuunnitelma',
    region: 'Keski-Uusimaa',
  });
  const docId = plan.docId;
  const [first, second] = plan.outline.filter((entry) => entry.parentId === null);
  const save = (sectionId: string, content: string) =>
    t.value('section.save', { docId, sectionId, content });
  await save(first!.id, lexicalText('Opiskeluhuolto on kaikkien yhteinen asia.'));
  await save(second!.id, lexicalText('Kuraattori tavataan viikon sisällä yhteydenotosta.'));
  const respondent = async (name: string, kind = 'municipality') => {
    const list = await t.value<Respondent[]>('respondents.save', {
      docId,
      respondent: { name, kind },
    });
    return list.find((r) => r.name === name)!;
  };
  const round = (title: string, extra: object = {}) =>
    t.value<Round>('rounds.create', { docId, title, versionId: null, ...extra });
  return { plan, docId, first: first!, second: second!, save, respondent, round };
}

/** A paragraph of several text nodes ([text, format] runs): formatting runs as Lexical saves them. */
export function lexicalRuns(...paragraphs: Array<Array<[string, number]>>): string {
  return JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      children: paragraphs.map((runs) => ({
        type: 'paragraph',
        version: 1,
        children: runs.map(([text, format]) => ({ type: 'text', version: 1, text, format })),
      })),
    },
  });
}
