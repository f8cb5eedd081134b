/**
 * The renderer's side of the contract. In the desktop app the preload puts one function per
 * channel on `window.zuoci`; in browser mode the same calls go over HTTP with the run's token.
 */
import type { Api, Channel, RequestOf, ResponseOf, Result } from '../../shared/ipc/contract';
import { CHANNELS } from '../../shared/ipc/channels';
import { transportError, type IpcError } from '../../shared/ipc/errors';

declare global {
  interface Window {
    zuoci?: Api;
  }
}

function browserApi(): Api {
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const call = async (channel: Channel, request: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-zuoci-token': token },
        body: JSON.stringify(request ?? {}),
      });
      if (!response.ok) return { ok: false, error: transportError(`${response.status} ${await response.text()}`) };
      return (await response.json()) as Result<unknown>;
    } catch (e) {
      return { ok: false, error: transportError((e as Error).message) };
    }
  };
  return Object.fromEntries(CHANNELS.map((c) => [c, (req: unknown) => call(c, req)])) as unknown as Api;
}

export const api: Api = window.zuoci ?? browserApi();

/**
 * A failed call: the host's error with its code (`conflict`, `not-found`, …) for callers that react
 * to it, worded for the user by `errorText` (i18n.ts); the message is the English words, for logs.
 */
export class CallError extends Error {
  readonly code: string;
  constructor(readonly error: IpcError) {
    super(error.message);
    this.code = error.code;
  }
}

/** Calls a channel and throws on failure, for places where an error ends the action. */
export async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = await (api[channel] as (r: RequestOf<C>) => Promise<Result<ResponseOf<C>>>)(request);
  if (!result.ok) throw new CallError(result.error);
  return result.value;
}
