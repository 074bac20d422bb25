import { describe, expect, it } from 'vitest';
import { printPasses } from './print-passes';

/** A fake loaded page that records what the loop asks of it. */
function fakePage() {
  const calls: string[] = [];
  let texts = '';
  return {
    calls,
    page: {
      pdf: (layoutOnly: boolean) => {
        calls.push(layoutOnly ? `layout[${texts}]` : `tagged[${texts}]`);
        return Promise.resolve(new TextEncoder().encode(texts));
      },
      setTexts: (set: ReadonlyMap<string, string>) => {
        texts = [...set].map(([id, text]) => `${id}=${text}`).join(',');
        calls.push(`set ${texts}`);
        return Promise.resolve();
      },
    },
  };
}

describe('printPasses', () => {
  it('prints once, tagged, with nothing to revise', async () => {
    const { calls, page } = fakePage();
    await printPasses(page, undefined);
    expect(calls).toEqual(['tagged[]']);
  });

  it('lays out untagged first, sets the texts in place and prints tagged until revise is done', async () => {
    const { calls, page } = fakePage();
    const answers = [new Map([['p1', '3']]), new Map([['p1', '4']]), null];
    const seen: string[] = [];
    const pdf = await printPasses(page, (bytes) => {
      seen.push(new TextDecoder().decode(bytes));
      return Promise.resolve(answers.shift()!);
    });
    expect(calls).toEqual(['layout[]', 'set p1=3', 'tagged[p1=3]', 'set p1=4', 'tagged[p1=4]']);
    expect(seen).toEqual(['', 'p1=3', 'p1=4']);
    expect(new TextDecoder().decode(pdf)).toBe('p1=4');
  });

  it('never returns the untagged layout pass', async () => {
    const { calls, page } = fakePage();
    await printPasses(page, () => Promise.resolve(null));
    expect(calls).toEqual(['layout[]', 'tagged[]']);
  });
});
