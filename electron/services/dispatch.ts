/**
 * The host side of the contract: validate, call the service, turn every failure into a
 * `{ ok: false, error }`: a code with parameters (shared/ipc/errors.ts) the renderer words in the
 * user's language. A bad request never reaches a service and never
 * crashes the host.
 */
import { contract, isChannel, type Result } from '../../shared/ipc/contract';
import type { HostErrorKey } from '../../shared/ipc/errors';
import { hostError } from '../../shared/ipc/host-error';
import type { Params } from '../../shared/i18n/translate';
import { describeZodError } from '../../shared/model/schema';
import { StoreError } from './plan-store';
import type { Handlers } from './services';

export async function dispatch(handlers: Handlers, channel: unknown, request: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    // Not String(channel): an object without a usable toString would throw right here.
    const name = typeof channel === 'string' ? channel : `(${typeof channel})`;
    return fail('unknownChannel', { channel: JSON.stringify(name).slice(0, 80) });
  }
  const parsed = contract[channel].request.safeParse(request ?? {});
  if (!parsed.success) {
    return fail('invalidRequest', { channel, problem: describeZodError(parsed.error) });
  }
  try {
    const handler = handlers[channel] as (req: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    if (e instanceof StoreError) return { ok: false, error: e.error };
    return fail('internal', { channel, problem: (e as Error)?.message ?? String(e) });
  }
}

function fail(key: HostErrorKey, params: Params): Result<never> {
  return { ok: false, error: hostError(key, params) };
}
