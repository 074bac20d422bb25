import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EditorStateSchema, isEditorState, parseEditorState } from './lexical';

/** Mostly valid values, sometimes a wrong one, so that both answers occur at every level. */
const often = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 30 }, { arbitrary: wrong, weight: 1 });
const wrong = fc.oneof(
  fc.constantFrom('', 'x'.repeat(65), 1.5, -1, 2 ** 53, null, true, [], {}),
  fc.string({ maxLength: 3 }),
);
const { node } = fc.letrec<{ node: unknown; nodes: unknown }>((tie) => ({
  node: often(
    fc.record(
      {
        type: often(fc.constantFrom('paragraph', 'text', 'x'.repeat(64))),
        version: often(fc.nat(3)),
        children: often(tie('nodes')),
        text: often(fc.string({ maxLength: 4 })),
        format: fc.nat(3),
      },
      { requiredKeys: ['type', 'version'] },
    ),
  ),
  nodes: fc.array(tie('node'), { maxLength: 3, depthIdentifier: 'nodes' }),
}));
const state = often(
  fc.record(
    {
      root: often(
        fc.record({
          type: often(fc.constant('root')),
          version: often(fc.nat(3)),
          children: often(fc.array(node, { maxLength: 4 })),
        }),
      ),
      extra: fc.string({ maxLength: 3 }),
    },
    { requiredKeys: ['root'] },
  ),
);

describe('isEditorState', () => {
  it('accepts exactly what EditorStateSchema accepts', () => {
    fc.assert(
      fc.property(state, (value) => {
        expect(isEditorState(value)).toBe(EditorStateSchema.safeParse(value).success);
      }),
      { numRuns: 1_000 },
    );
  });

  it('parses a valid state to the root alone, as the schema did', () => {
    const root = {
      type: 'root',
      version: 1,
      direction: null,
      children: [
        { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'Alku' }] },
      ],
    };
    const text = JSON.stringify({ root, extra: 'ei mukaan' });
    expect(parseEditorState(text)).toEqual(EditorStateSchema.parse(JSON.parse(text)));
    expect(parseEditorState(text)).toEqual({ root });
  });
});
