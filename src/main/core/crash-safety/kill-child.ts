import { lexicalText } from '../db/fixtures';
import { makeTestCore } from '../testing/test-core';
import { seededRandom } from './seeded-random';

/**
 * The process `kill.test.ts` kills: it opens a plan through the real core and types into it
 * through `section.save` (now and then freezing a version) until it is SIGKILLed, printing a line
 * for every write the core acknowledged. Usage: `kill-child <plan path> <work folder> <run> <seed>`.
 *
 * Lines on stdout: `opening`, `ready`, `saved <sectionId> <revision> <save>` and
 * `version <label>`. Markers in the text (`run R save S`) let the parent tell which save it holds.
 */

const [path, root, runText, seedText] = process.argv.slice(2);
if (path === undefined || root === undefined || runText === undefined || seedText === undefined) {
  throw new Error('usage: kill-child <plan path> <work folder> <run> <seed>');
}
const run = Number(runText);

const next = seededRandom(Number(seedText));
const say = (line: string) => process.stdout.write(`${line}\n`);

/** A paragraph as someone types it: a marker, then words; now and then a long pasted passage. */
function typed(save: number, words: number): string {
  const filler = 'opiskeluhuolto yhteistyö hyvinvointi oppilaitos kuraattori psykologi'.split(' ');
  const text = Array.from({ length: words }, (_, i) => filler[(i + save) % filler.length]);
  return lexicalText(`run ${run} save ${save} ${text.join(' ')}`);
}

async function main(): Promise<void> {
  const t = makeTestCore({ root });
  say('opening');
  const { docId, outline } = await t.value<{ docId: string; outline: Array<{ id: string }> }>(
    'plan.open',
    { path },
  );
  say('ready');
  for (let save = 1; ; save += 1) {
    // Minutes pass between saves, so saves both join the newest revision row and start new ones.
    t.clock.advance(Math.floor(next() * 4 * 60_000));
    if (next() < 0.03) {
      const label = `run ${run} version ${save}`;
      await t.value('versions.create', { docId, label });
      say(`version ${label}`);
      continue;
    }
    const section = outline[Math.floor(next() * Math.min(outline.length, 6))]!;
    const words = next() < 0.1 ? 1000 : 5 + save;
    const { revision } = await t.value<{ revision: number }>('section.save', {
      docId,
      sectionId: section.id,
      content: typed(save, words),
    });
    say(`saved ${section.id} ${revision} ${save}`);
  }
}

void main();
