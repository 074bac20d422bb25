import { useEffect, useRef, useState } from 'react';

/** A turn to mount; giving it back (or withdrawing a request still waiting) is idempotent. */
export interface MountTurn {
  release(): void;
}

/**
 * Section editors mount one at a time, in the order they asked (document order: their texts
 * arrive in that order), with a task boundary between two mounts. Opening a long plan then makes
 * the first section editable at once instead of after all 40 editors have been built, and typed
 * keys and paints get in between the later mounts (docs/PERFORMANCE.md, open_to_editable).
 */
export class MountQueue {
  private readonly waiting: Array<() => void> = [];
  private busy = false;

  constructor(private readonly yieldThen: (next: () => void) => void) {}

  request(start: () => void): MountTurn {
    let state: 'waiting' | 'mounting' | 'done' = 'waiting';
    const begin = () => {
      state = 'mounting';
      start();
    };
    this.waiting.push(begin);
    this.next();
    return {
      release: () => {
        if (state === 'waiting') this.waiting.splice(this.waiting.indexOf(begin), 1);
        if (state === 'mounting') {
          this.busy = false;
          this.yieldThen(() => this.next());
        }
        state = 'done';
      },
    };
  }

  private next(): void {
    if (this.busy) return;
    const begin = this.waiting.shift();
    if (!begin) return;
    this.busy = true;
    begin();
  }
}

const editorMounts = new MountQueue((next) => setTimeout(next, 0));

/**
 * Whether a section whose text is `ready` may mount its editor now. The turn is given back in
 * the effect after the editor's own mount effects have run (child effects run first).
 */
export function useMountTurn(ready: boolean, queue: MountQueue = editorMounts): boolean {
  const turn = useRef<MountTurn | null>(null);
  const [granted, setGranted] = useState(false);
  useEffect(() => {
    if (!ready) return;
    const requested = queue.request(() => setGranted(true));
    turn.current = requested;
    return () => {
      requested.release();
      setGranted(false);
    };
  }, [ready, queue]);
  // After every render with the turn (releasing is idempotent), so no batching of states can
  // keep a turn from being given back.
  useEffect(() => {
    if (granted) turn.current?.release();
  });
  return ready && granted;
}
