import { describe, expect, it } from 'vitest';
import { LAYOUT_PASS_CLASS } from './print-css';
import { printPasses } from './print-passes';

/** A fake loaded page that records what the loop asks of it; `hidden` marks the layout class. */
function fakePage() {
  const calls: string[] = [];
  let texts = '';
  const classes = new Set<string>();
  return {
    calls,
    page: {
      pdf: (layoutOnly: boolean) => {
        const hidden = classes.has(LAYOUT_PASS_CLASS) ? ' hidden' : '';
        calls.push(`${layoutOnly ? 'layout' : 'tagged'}[${texts}]${hidden}`);
        return Promise.resolve(new TextEncoder().encode(texts));
      },
      setRootClass: (name: string, on: boolean) => {
        if (on) classes.add(name);
        else classes.delete(name);
        return Promise.resolve();
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

  it('lays out untagged and hidden first, sets the texts in place and prints tagged until revise is done', async () => {
    const { calls, page } = fakePage();
    const answers = [new Map([['p1', '3']]), new Map([['p1', '4']]), null];
    const seen: string[] = [];
    const pdf = await printPasses(page, (bytes) => {
      seen.push(new TextDecoder().decode(bytes));
      return Promise.resolve(answers.shift()!);
    });
    expect(calls).toEqual([
      'layout[] hidden',
      'set p1=3',
      'tagged[p1=3]',
      'set p1=4',
      'tagged[p1=4]',
    ]);
    expect(seen).toEqual(['', 'p1=3', 'p1=4']);
    expect(new TextDecoder().decode(pdf)).toBe('p1=4');
  });

  it('never returns the untagged layout pass', async () => {
    const { calls, page } = fakePage();
    await printPasses(page, () => Promise.resolve(null));
    expect(calls).toEqual(['layout[] hidden', 'tagged[]']);
  });
});
