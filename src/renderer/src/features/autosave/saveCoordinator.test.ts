import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ErrorCode, Result } from '../../../../shared/result';
import {
  RETRY_DELAYS_MS,
  SAVE_DEBOUNCE_MS,
  SAVE_MAX_WAIT_MS,
  STASH_INTERVAL_MS,
  SaveCoordinator,
} from './saveCoordinator';

const failure = (code: ErrorCode): Result<unknown> => ({
  ok: false,
  error: { code, messageKey: `errors.${code}` },
});

/** A store whose saves fail with `failWith` until it is set to null; it records what it stored. */
function fakeStore() {
  const store = {
    failWith: null as ErrorCode | null,
    attempts: [] as string[],
    stored: new Map<string, string>(),
    stashed: [] as string[],
    save: (sectionId: string, content: string): Promise<Result<unknown>> => {
      store.attempts.push(content);
      if (store.failWith) return Promise.resolve(failure(store.failWith));
      store.stored.set(sectionId, content);
      return Promise.resolve({ ok: true, value: null });
    },
    stash: (_sectionId: string, content: string): Promise<unknown> => {
      store.stashed.push(content);
      return Promise.reject(new Error('UNSUPPORTED'));
    },
  };
  return store;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('saving while she types', () => {
  it('saves after a pause, and at most a second behind while typing goes on without one', async () => {
    const store = fakeStore();
    const typedAt = new Map<string, number>();
    const savedAt: Array<[string, number]> = [];
    const saves = new SaveCoordinator((sectionId, content) => {
      savedAt.push([content, Date.now()]);
      return store.save(sectionId, content);
    });
    // Five seconds of typing, a key every 150 ms: never a pause long enough for the debounce.
    for (let key = 1; key <= 33; key++) {
      const text = 'x'.repeat(key);
      typedAt.set(text, Date.now());
      saves.schedule('s1', () => text);
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(savedAt.length).toBeGreaterThanOrEqual(5);
    // Then the pause: the last text is saved once, and nothing more is sent.
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + SAVE_MAX_WAIT_MS);
    expect(store.stored.get('s1')).toBe('x'.repeat(33));
    // Every key was saved, with itself or a later text, within a second of being typed.
    for (const [text, at] of typedAt) {
      const saved = savedAt.find(([content]) => content.length >= text.length);
      expect(saved, text).toBeDefined();
      expect(saved![1] - at).toBeLessThanOrEqual(1_000);
    }
    const sent = savedAt.length;
    await vi.advanceTimersByTimeAsync(5 * SAVE_MAX_WAIT_MS);
    expect(savedAt).toHaveLength(sent);
  });
});

describe('automatic retry', () => {
  it('retries a full disk with growing pauses, keeping every keystroke, until space returns', async () => {
    const store = fakeStore();
    const saves = new SaveCoordinator(store.save);
    store.failWith = 'DISK_FULL';
    let text = 'a';
    saves.schedule('s1', () => text);
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    expect(store.attempts).toEqual(['a']);
    expect(saves.getStatus()).toMatchObject({ state: 'error', error: { code: 'DISK_FULL' } });

    // Typing goes on while saving fails: the newest text is what is retried.
    text = 'ab';
    saves.schedule('s1', () => text);
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    expect(store.attempts).toEqual(['a', 'ab']);

    // The pauses grow: nothing before the second delay has passed.
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[1] - 1);
    expect(store.attempts).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.attempts).toEqual(['a', 'ab', 'ab']);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[2]);
    expect(store.attempts).toHaveLength(4);

    store.failWith = null;
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[3]);
    expect(store.stored.get('s1')).toBe('ab');
    expect(saves.getStatus()).toEqual({ state: 'saved' });
    // Nothing more is sent once it is saved.
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS.at(-1)! * 3);
    expect(store.attempts).toHaveLength(5);
  });

  it('keeps retrying at the longest pause for as long as it fails', async () => {
    const store = fakeStore();
    const saves = new SaveCoordinator(store.save);
    store.failWith = 'LOCKED';
    saves.schedule('s1', () => 'x');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    const total = RETRY_DELAYS_MS.reduce((sum, delay) => sum + delay, 0);
    await vi.advanceTimersByTimeAsync(total + 2 * RETRY_DELAYS_MS.at(-1)!);
    expect(store.attempts).toHaveLength(1 + RETRY_DELAYS_MS.length + 2);
    expect(await saves.flushAll()).toBe(false);
    store.failWith = null;
    expect(await saves.flushAll()).toBe(true);
    expect(store.stored.get('s1')).toBe('x');
  });

  it.each(['READ_ONLY', 'FILE_GONE', 'IO'] as const)('retries %s', async (code) => {
    const store = fakeStore();
    const saves = new SaveCoordinator(store.save);
    store.failWith = code;
    saves.schedule('s1', () => 'x');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    store.failWith = null;
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]);
    expect(store.stored.get('s1')).toBe('x');
  });

  it('does not retry what cannot pass by itself (the plan is no longer open)', async () => {
    const store = fakeStore();
    const saves = new SaveCoordinator(store.save);
    store.failWith = 'NOT_FOUND';
    saves.schedule('s1', () => 'x');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + RETRY_DELAYS_MS.at(-1)! * 2);
    expect(store.attempts).toEqual(['x']);
    expect(saves.getStatus()).toMatchObject({ state: 'error', error: { code: 'NOT_FOUND' } });
  });

  it('stops retrying a section that was deleted', async () => {
    const store = fakeStore();
    const saves = new SaveCoordinator(store.save);
    store.failWith = 'DISK_FULL';
    saves.schedule('s1', () => 'x');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    saves.discard('s1');
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS.at(-1)! * 2);
    expect(store.attempts).toEqual(['x']);
    expect(saves.getStatus()).toEqual({ state: 'saved' });
  });
});

describe('stashing for crash recovery', () => {
  it('hands over the newest text at most every interval, and ignores its failures', async () => {
    const store = fakeStore();
    const saves = new SaveCoordinator(store.save, store.stash);
    store.failWith = 'DISK_FULL';
    for (const text of ['a', 'ab', 'abc', 'abcd']) {
      saves.schedule('s1', () => text);
      await vi.advanceTimersByTimeAsync(100);
    }
    // 400 ms of typing: one stash after 300 ms with what was typed by then, the rest pending.
    expect(store.stashed).toEqual(['abc']);
    saves.schedule('s1', () => 'abcde');
    await vi.advanceTimersByTimeAsync(STASH_INTERVAL_MS);
    expect(store.stashed).toEqual(['abc', 'abcde']);
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    expect(saves.getStatus()).toMatchObject({ state: 'error', error: { code: 'DISK_FULL' } });
    expect(store.attempts).toEqual(['abcde']);
  });

  it('stashes the text of a save that was on the wire when the interval ended, once it fails', async () => {
    const store = fakeStore();
    // Each save answers only after a while, as one through IPC to a struggling disk may.
    const slowSave = async (sectionId: string, content: string) => {
      await new Promise((resolve) => setTimeout(resolve, STASH_INTERVAL_MS));
      return store.save(sectionId, content);
    };
    const saves = new SaveCoordinator(slowSave, store.stash);
    store.failWith = 'DISK_FULL';
    saves.schedule('s1', () => 'a');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + STASH_INTERVAL_MS);
    expect(store.stashed).toEqual(['a']);
    // Typed just before the automatic retry, which takes it on the wire before the stash comes.
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0] - 100);
    saves.schedule('s1', () => 'ab');
    await vi.advanceTimersByTimeAsync(STASH_INTERVAL_MS);
    expect(store.attempts).toEqual(['a']);
    expect(store.stashed).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(2 * STASH_INTERVAL_MS);
    expect(store.attempts).toEqual(['a', 'ab']);
    expect(store.stashed).toEqual(['a', 'ab']);
    // Failing again, it is not stashed a second time.
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[1] + 2 * STASH_INTERVAL_MS);
    expect(store.attempts).toEqual(['a', 'ab', 'ab']);
    expect(store.stashed).toEqual(['a', 'ab']);
  });

  it('stashes nothing when the text was saved before the interval ended', async () => {
    const store = fakeStore();
    const saves = new SaveCoordinator(store.save, store.stash);
    saves.schedule('s1', () => 'a');
    await saves.flushAll();
    await vi.advanceTimersByTimeAsync(STASH_INTERVAL_MS);
    expect(store.stashed).toEqual([]);
    expect(store.stored.get('s1')).toBe('a');
  });
});
