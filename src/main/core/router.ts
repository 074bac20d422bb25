import type { z } from 'zod';
import type { ChannelName } from '../../shared/channels';
import { channels, type ChannelArgs, type ChannelOutput } from '../../shared/ipc';
import { fail, ok, type Result } from '../../shared/result';
import { toFailure } from './errors';
import type { CallContext } from './ports';

type Handler<C extends ChannelName> = (
  input: ChannelArgs<C>,
  ctx: CallContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** One service call per channel of the contract; the type makes a missing channel an error. */
export type Handlers = { [C in ChannelName]: Handler<C> };

const MAX_ISSUE = 200;

/** The first problem zod found, as one short line: where, and what. */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'input';
  const where = issue.path.map(String).join('.') || 'input';
  const text = `${where}: ${issue.message}`;
  return text.length > MAX_ISSUE ? `${text.slice(0, MAX_ISSUE - 1)}…` : text;
}

const isChannel = (name: unknown): name is ChannelName =>
  typeof name === 'string' && Object.hasOwn(channels, name);

/**
 * Binds the channel map to its handlers: input parsed with the channel's schema (nothing runs on
 * invalid input), output parsed with its schema, and every failure returned as a Result.
 */
export function createRouter(handlers: Handlers) {
  return async function handle(
    channel: string,
    input: unknown,
    ctx: CallContext,
  ): Promise<Result<unknown>> {
    try {
      if (!isChannel(channel)) return fail('INVALID_INPUT', { issue: 'channel: unknown' });
      if (typeof ctx?.senderId !== 'string' || ctx.senderId === '') {
        return fail('INVALID_INPUT', { issue: 'sender: unknown' });
      }
      const spec = channels[channel];
      let parsed: ReturnType<typeof spec.input.safeParse>;
      try {
        parsed = spec.input.safeParse(input);
      } catch {
        // Input that cannot even be read (a throwing getter, a revoked proxy) is invalid input.
        return fail('INVALID_INPUT', { issue: 'input: unreadable' });
      }
      if (!parsed.success) return fail('INVALID_INPUT', { issue: describeIssue(parsed.error) });
      const handler = handlers[channel] as Handler<ChannelName>;
      const value = await handler(parsed.data, {
        senderId: ctx.senderId,
      });
      const output = spec.output.safeParse(value);
      if (!output.success) {
        return fail('INTERNAL', { reason: `output of ${channel}: ${describeIssue(output.error)}` });
      }
      return ok(output.data);
    } catch (error) {
      return toFailure(error);
    }
  };
}
