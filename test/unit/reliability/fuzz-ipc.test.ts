/**
 * Fuzzing the host boundary: random payloads on every channel, random channel names, and
 * random HTTP requests to the browser host. Validation must turn every bad request into an
 * `{ ok: false, error }` with a message; nothing may throw or take the host down, and what a
 * service does answer must match the contract's response schema.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../electron/host/browser-host';
import { dispatch } from '../../../electron/services/dispatch';
import { createServices, type Services } from '../../../electron/services/services';
import { channels, contract, type Channel } from '../../../shared/ipc/contract';
import { banquetPlan } from '../../helpers/plans';
import { tempDir } from '../../helpers/temp';

let tmp: ReturnType<typeof tempDir>;
let services: Services;

beforeAll(async () => {
  tmp = tempDir();
  services = createServices({ dataDir: tmp.dir, mode: 'browser', version: 'fuzz' });
  // Something real to hit, so valid-looking payloads reach the services too.
  await dispatch(services.handlers, 'plans.save', {
    plan: { ...banquetPlan([{ name: '甲', side: 'host', rank: 1 }]), id: 'p1' },
  });
});
afterAll(() => {
  services.close();
  tmp.cleanup();
});

/** Payloads shaped like requests: the right keys with values of any type, or nonsense. */
const payload = fc.oneof(
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
  }),
  fc.record(
    {
      id: fc.oneof(fc.constant('p1'), fc.string(), fc.integer()),
      planId: fc.oneof(fc.constant('p1'), fc.string({ maxLength: 300 })),
      name: fc.oneof(fc.string(), fc.constant(''), fc.constant(' '.repeat(5)), fc.integer()),
      plan: fc.oneof(fc.anything(), fc.constant({ ...banquetPlan(), id: 'p1', people: 'nope' })),
      revisionId: fc.oneof(fc.integer(), fc.double(), fc.string()),
      backup: fc.oneof(fc.string(), fc.constant('../zuoci.sqlite'), fc.constant('zuoci-auto-20260101-000000000.sqlite')),
      planIds: fc.array(fc.string()),
      text: fc.oneof(fc.string(), fc.json(), fc.constant('{"format":"zuoci-plan","formatVersion":1,"plan":{}}')),
      fileName: fc.string(),
      key: fc.string(),
      value: fc.anything(),
      auto: fc.anything(),
      organisation: fc.string(),
      convention: fc.oneof(fc.constant('commercial'), fc.string()),
    },
    { requiredKeys: [] },
  ),
);

/** Channels that would grow the library or the backup folder on every valid call: fewer runs. */
const HEAVY = new Set<Channel>(['backups.create', 'backups.restore', 'plans.create', 'planFile.import', 'revisions.create']);

describe('fuzzing IPC payloads', () => {
  for (const channel of channels) {
    it(`${channel}: every payload gets a result, never a throw`, async () => {
      await fc.assert(
        fc.asyncProperty(payload, async (request) => {
          const result = await dispatch(services.handlers, channel, request);
          if (result.ok) {
            const check = contract[channel].response.safeParse(result.value);
            expect(check.success, `${channel} answered outside its contract`).toBe(true);
          } else {
            expect(typeof result.error.code).toBe('string');
            expect(result.error.message.length).toBeGreaterThan(0);
            expect(result.error.code).not.toBe('internal');
          }
        }),
        { numRuns: HEAVY.has(channel) ? 40 : 150 },
      );
    });
  }

  it('unknown channel names are refused', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.anything(), async (channel, request) => {
        fc.pre(typeof channel !== 'string' || !(channels as string[]).includes(channel));
        const result = await dispatch(services.handlers, channel, request);
        expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      }),
      { numRuns: 300 },
    );
  });

  it('the library still works and the database is sound afterwards', async () => {
    expect(await dispatch(services.handlers, 'plans.list', {})).toMatchObject({ ok: true });
    expect(services.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('fuzzing the browser host over HTTP', () => {
  let host: BrowserHost;
  let hostDir: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    hostDir = tempDir();
    host = await startBrowserHost({ dataDir: hostDir.dir, staticDir: hostDir.dir, version: 'fuzz' });
  });
  afterAll(async () => {
    await host.close();
    hostDir.cleanup();
  });

  it('random paths, methods and bodies never crash it; without the token nothing gets through', async () => {
    const request = fc.record({
      path: fc.oneof(
        fc.constantFrom(...channels).map((c) => `/api/${c}`),
        fc.string().map((s) => `/api/${encodeURIComponent(s)}`),
        fc.webPath(),
      ),
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
      body: fc.oneof(fc.json(), fc.string(), fc.uint8Array({ maxLength: 2000 })),
      withToken: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ path, method, body, withToken }) => {
        const res = await fetch(`http://127.0.0.1:${host.port}${path.startsWith('/') ? path : `/${path}`}`, {
          method,
          headers: withToken ? { 'x-zuoci-token': host.token, 'Content-Type': 'application/json' } : {},
          ...(method === 'GET' ? {} : { body }),
        });
        const text = await res.text();
        if (!withToken) expect(res.status).toBe(403);
        else if (res.status === 200 && path.startsWith('/api/') && method === 'POST') {
          const result = JSON.parse(text) as { ok: boolean; error?: { code: string } };
          if (!result.ok) expect(result.error?.code).not.toBe('internal');
        } else expect([200, 404, 405]).toContain(res.status);
      }),
      { numRuns: 300 },
    );
    const alive = await fetch(`http://127.0.0.1:${host.port}/api/plans.list`, {
      method: 'POST',
      headers: { 'x-zuoci-token': host.token, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(await alive.json()).toMatchObject({ ok: true });
  });
});
