/**
 * The host side of the harness: the real services (`createServices`) on a fresh temp data folder,
 * reached through the real `dispatch` — the same path the desktop preload and the browser-mode
 * host take. Requests and answers are copied on the way (structured clone), as IPC and HTTP do, so
 * the renderer never shares an object with the services.
 */
import { dispatch } from '../../electron/services/dispatch';
import { createServices, type Services } from '../../electron/services/services';
import { CHANNELS } from '../../shared/ipc/channels';
import type { Api, Channel } from '../../shared/ipc/contract';
import { tempDir } from '../helpers/temp';

export interface TestHost {
  /** What the preload puts on `window.zuoci`: one function per channel. */
  api: Api;
  services: Services;
  dataDir: string;
  /** Every channel called, in order (to check what a flow asked the host for). */
  calls: Channel[];
  /** Resolves once no call is in flight (fire-and-forget calls such as `settings.set` included). */
  idle(): Promise<void>;
  close(): void;
}

export function startHost(): TestHost {
  const folder = tempDir('zuoci-harness-');
  const services = createServices({ dataDir: folder.dir, mode: 'browser', version: 'harness' });
  const calls: Channel[] = [];
  const inFlight = new Set<Promise<unknown>>();
  const invoke = (channel: Channel, request: unknown) => {
    calls.push(channel);
    const answer = dispatch(services.handlers, channel, structuredClone(request)).then((result) => structuredClone(result));
    inFlight.add(answer);
    void answer.finally(() => inFlight.delete(answer));
    return answer;
  };
  const api = Object.fromEntries(CHANNELS.map((c) => [c, (request: unknown) => invoke(c, request)])) as unknown as Api;
  return {
    api,
    services,
    dataDir: folder.dir,
    calls,
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    close() {
      services.close();
      folder.cleanup();
    },
  };
}
