import { describe, expect, it } from 'vitest';
import type { LexicalEditor } from 'lexical';
import { EditorRegistry } from './registry';

/** Where focus is, as the registry sees it; the fake editors move it when focused. */
function fakeFocus() {
  const state = { focused: 'outline-row' as unknown };
  const editor = (name: string) => {
    const root = { focus: () => (state.focused = name) };
    return { getRootElement: () => root, focus: () => undefined } as unknown as LexicalEditor;
  };
  return { state, editor };
}

describe('EditorRegistry.focus', () => {
  it('focuses a mounted editor at once', () => {
    const { state, editor } = fakeFocus();
    const registry = new EditorRegistry(() => state.focused);
    registry.register('a', editor('a'));
    expect(registry.focus('a')).toBe(true);
    expect(state.focused).toBe('a');
  });

  it('focuses an editor that was still mounting when asked, as it mounts', () => {
    const { state, editor } = fakeFocus();
    const registry = new EditorRegistry(() => state.focused);
    registry.register('a', editor('a'));
    expect(registry.focus('b')).toBe(false);
    expect(state.focused).toBe('outline-row');
    registry.register('b', editor('b'));
    expect(state.focused).toBe('b');
  });

  it('does not take focus back once the user has moved it elsewhere meanwhile', () => {
    const { state, editor } = fakeFocus();
    const registry = new EditorRegistry(() => state.focused);
    registry.focus('b');
    state.focused = 'search-field';
    registry.register('b', editor('b'));
    expect(state.focused).toBe('search-field');
  });

  it('keeps only the latest request: the section asked for last is the one focused', () => {
    const { state, editor } = fakeFocus();
    const registry = new EditorRegistry(() => state.focused);
    registry.focus('b');
    registry.focus('c');
    registry.register('b', editor('b'));
    expect(state.focused).toBe('outline-row');
    registry.register('c', editor('c'));
    expect(state.focused).toBe('c');
  });
});
