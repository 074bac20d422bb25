import type { ChannelName, EventName } from './channels';
import type { ChannelInput, ChannelOutput, EventPayload } from './ipc';
import type { Result } from './result';

type GroupOf<C extends string> = C extends `${infer G}.${string}` ? G : never;
type MethodOf<C extends string> = C extends `${string}.${infer M}` ? M : never;

/** `window.api`: one named, typed function per channel, grouped by the part before the dot. */
export type Api = {
  [G in GroupOf<ChannelName>]: {
    [C in ChannelName as GroupOf<C> extends G ? MethodOf<C> : never]: (
      input: ChannelInput<C>,
    ) => Promise<Result<ChannelOutput<C>>>;
  };
} & {
  events: {
    [E in EventName]: (listener: (payload: EventPayload<E>) => void) => () => void;
  };
};

/**
 * Builds `window.api` from the channel and event names. Self-contained on purpose (it uses only its
 * parameters), so the e2e harness can install the very same function in a page as an init script.
 */
export function buildApi(
  names: { channels: readonly string[]; events: readonly string[] },
  invoke: (channel: string, input: unknown) => Promise<unknown>,
  subscribe: (event: string, listener: (payload: unknown) => void) => () => void,
): Api {
  const api: Record<string, Record<string, unknown>> = { events: {} };
  for (const channel of names.channels) {
    const [group, method] = channel.split('.') as [string, string];
    api[group] ??= {};
    api[group][method] = (input: unknown) => invoke(channel, input);
  }
  for (const event of names.events) {
    api.events![event] = (listener: (payload: unknown) => void) => subscribe(event, listener);
  }
  return Object.freeze(api) as unknown as Api;
}
