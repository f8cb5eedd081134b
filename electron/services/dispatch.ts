/**
 * The host side of the contract: validate, call the service, turn every failure into a
 * `{ ok: false, error }` the user can read. A bad request never reaches a service and never
 * crashes the host.
 */
import { contract, isChannel, type IpcError, type Result } from '../../shared/ipc/contract';
import { describeZodError } from '../../shared/model/schema';
import { StoreError } from './plan-store';
import type { Handlers } from './services';

export async function dispatch(handlers: Handlers, channel: unknown, request: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    // Not String(channel): an object without a usable toString would throw right here.
    const name = typeof channel === 'string' ? channel : `(${typeof channel})`;
    return fail('unknown-channel', `unknown channel ${JSON.stringify(name).slice(0, 80)}`);
  }
  const parsed = contract[channel].request.safeParse(request ?? {});
  if (!parsed.success) {
    return fail('invalid-request', `${channel}: ${describeZodError(parsed.error)}`);
  }
  try {
    const handler = handlers[channel] as (req: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    if (e instanceof StoreError) return fail(e.code, e.message);
    return fail('internal', `${channel} failed: ${(e as Error)?.message ?? String(e)}`);
  }
}

function fail(code: string, message: string): { ok: false; error: IpcError } {
  return { ok: false, error: { code, message } };
}
