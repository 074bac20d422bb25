import { describe, expect, it } from 'vitest';
import { MountQueue } from './mountQueue';

/** A queue whose yields wait until the test runs them, so every step is visible. */
function steppedQueue() {
  const yielded: Array<() => void> = [];
  const queue = new MountQueue((next) => void yielded.push(next));
  const started: string[] = [];
  const ask = (name: string) => queue.request(() => void started.push(name));
  const runYields = () => yielded.splice(0).forEach((next) => next());
  return { ask, started, runYields };
}

describe('MountQueue', () => {
  it('starts the first request at once and the next only after a release and a yield', () => {
    const { ask, started, runYields } = steppedQueue();
    const first = ask('1');
    ask('2');
    ask('3');
    expect(started).toEqual(['1']);
    runYields();
    expect(started).toEqual(['1']);
    first.release();
    expect(started).toEqual(['1']);
    runYields();
    expect(started).toEqual(['1', '2']);
  });

  it('skips a request withdrawn while waiting, and a second release changes nothing', () => {
    const { ask, started, runYields } = steppedQueue();
    const first = ask('1');
    const second = ask('2');
    ask('3');
    second.release();
    first.release();
    first.release();
    runYields();
    expect(started).toEqual(['1', '3']);
  });

  it('starts a request at once when nothing is mounting', () => {
    const { ask, started, runYields } = steppedQueue();
    ask('1').release();
    runYields();
    ask('2');
    expect(started).toEqual(['1', '2']);
  });
});
