import type { OpenedPlan } from '../src/shared/ipc';
import type { Round } from '../src/shared/domain/rounds';
import { makeTestCore } from '../src/main/core/testing/test-core';
import { SEARCH_QUERIES } from './queries';

/**
 * `core_rss_mb`, run as a child process holding only the core: opens the plan given as the first
 * argument, makes the calls a session makes (outline, every section, versions, the round's
 * comments, the searches), collects garbage and prints {"rssMb": …} as its last line.
 */
async function main(path: string): Promise<void> {
  const t = makeTestCore();
  try {
    const plan = await t.value<OpenedPlan>('plan.open', { path });
    const { docId } = plan;
    await t.value('outline.get', { docId });
    for (const entry of plan.outline) {
      await t.value('section.get', { docId, sectionId: entry.id });
    }
    await t.value('checklist.get', { docId });
    await t.value('versions.list', { docId });
    for (const round of await t.value<Round[]>('rounds.list', { docId })) {
      await t.value('comments.list', { docId, roundId: round.id });
    }
    for (const query of SEARCH_QUERIES) {
      await t.call('search.query', { docId, query, sources: { versions: true, comments: true } });
    }
    (globalThis as { gc?: () => void }).gc?.();
    console.log(JSON.stringify({ rssMb: process.memoryUsage().rss / 1024 / 1024 }));
  } finally {
    t.dispose();
  }
}

await main(process.argv[2]!);
