/**
 * The renderer's store when saves fail: it runs in Node with the desktop bridge (`window.zuoci`)
 * over the real services on a temp folder; only `plans.save` can be told to refuse, the way a
 * full disk or a locked database refuses.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { createServices, type Services } from '../../../electron/services/services';
import { CHANNELS } from '../../../shared/ipc/channels';
import type { Api } from '../../../shared/ipc/contract';
import { banquetPlan } from '../../helpers/plans';
import { tempDir } from '../../helpers/temp';

const tmp = tempDir();
let services: Services;
let refuse = false;
let attempts = 0;

const api = Object.fromEntries(
  CHANNELS.map((channel) => [
    channel,
    (request: unknown) => {
      if (channel !== 'plans.save') return dispatch(services.handlers, channel, request);
      attempts++;
      if (refuse)
        return Promise.resolve({ ok: false, error: { code: 'storage', message: 'SQLITE_FULL: database or disk is full' } });
      return dispatch(services.handlers, channel, request);
    },
  ]),
) as unknown as Api;

Object.assign(globalThis, {
  window: { zuoci: api, location: { hash: '', search: '', pathname: '/' }, history: { replaceState: () => undefined } },
});
const { retryDelay, useApp } = await import('../../../renderer/src/state/app-store');

/** Lets the store's pending promises run (timers stay faked, so no retry fires by itself). */
async function settle(): Promise<void> {
  for (let i = 0; i < 50; i++) await new Promise((ok) => setImmediate(ok));
}

const rename = (name: string) => useApp.getState().dispatch({ type: 'plan/update', patch: { name } });
const stored = (id: string) => services.store.get(id).plan;

beforeAll(() => {
  services = createServices({ dataDir: tmp.dir, mode: 'browser', version: 'test' });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterAll(() => {
  vi.useRealTimers();
  services.close();
  tmp.cleanup();
});

describe('a failed save', () => {
  it('backs off 1 s, 2 s, 4 s … up to 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });

  it('is shown, keeps the newest document, retries with backoff and at once on the next edit, then recovers', async () => {
    const id = services.store.save(banquetPlan()).plan.id;
    await useApp.getState().openPlan(id);
    refuse = true;
    attempts = 0;
    rename('第一次修改');
    await settle();
    expect(useApp.getState().saveState).toBe('error');
    expect(useApp.getState().history!.present.name).toBe('第一次修改');
    expect(stored(id).name).toBe('测试计划');
    expect(attempts).toBe(1);

    await vi.advanceTimersByTimeAsync(retryDelay(1));
    await settle();
    expect(attempts).toBe(2);
    await vi.advanceTimersByTimeAsync(retryDelay(2) - 1);
    await settle();
    expect(attempts).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(attempts).toBe(3);

    rename('第二次修改');
    await settle();
    expect(attempts).toBe(4);
    expect(useApp.getState().saveState).toBe('error');

    refuse = false;
    await vi.advanceTimersByTimeAsync(retryDelay(4));
    await settle();
    expect(useApp.getState().saveState).toBe('saved');
    expect(stored(id)).toEqual(useApp.getState().history!.present);
    expect(stored(id).name).toBe('第二次修改');
  });

  it('can be retried at once by the officer', async () => {
    const id = services.store.save(banquetPlan()).plan.id;
    await useApp.getState().openPlan(id);
    refuse = true;
    rename('改名');
    await settle();
    expect(useApp.getState().saveState).toBe('error');
    refuse = false;
    await useApp.getState().retrySave();
    expect(useApp.getState().saveState).toBe('saved');
    expect(stored(id).name).toBe('改名');
  });
});
