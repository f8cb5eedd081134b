import { describe, expect, it } from 'vitest';
import { channels, contract } from '../../../shared/ipc/contract';
import { CHANNELS } from '../../../shared/ipc/channels';
import { dispatch } from '../../../electron/services/dispatch';
import { servicesPerTest } from '../../helpers/services';

const services = servicesPerTest();
const call = (channel: unknown, req: unknown) => dispatch(services().handlers, channel, req);

describe('contract', () => {
  it('the preload lists exactly the contract channels', () => {
    expect([...CHANNELS].sort()).toEqual([...channels].sort());
  });
});

describe('dispatch', () => {
  it('runs the plan library end to end through the contract', async () => {
    const created = await call('plans.create', {
      name: '  迎宾晚宴 ',
      organisation: '某集团',
      convention: 'government',
      startDate: '2026-12-01',
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const plan = created.value as { id: string; name: string };
    expect(plan.name).toBe('迎宾晚宴');
    expect(contract['plans.create'].response.safeParse(created.value).success).toBe(true);
    const renamed = await call('plans.rename', { id: plan.id, name: '欢迎晚宴' });
    expect(renamed).toMatchObject({ ok: true, value: { name: '欢迎晚宴' } });
    const copy = await call('plans.duplicate', { id: plan.id, name: '欢迎晚宴（副本）' });
    expect(copy.ok).toBe(true);
    const list = await call('plans.list', {});
    expect(list.ok && (list.value as { name: string }[]).map((p) => p.name)).toEqual(['欢迎晚宴（副本）', '欢迎晚宴']);
    expect(await call('plans.delete', { id: plan.id })).toEqual({ ok: true, value: null });
    expect(await call('plans.get', { id: plan.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('rejects invalid requests with a message naming the field, and never calls the service', async () => {
    expect(await call('plans.create', { name: '', organisation: 'x', convention: 'commercial' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/^plans\.create: name:/) },
    });
    expect(await call('plans.create', { name: 'x', organisation: 'x', convention: 'royal' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/convention/) },
    });
    expect(
      await call('plans.create', { name: 'x', organisation: 'x', convention: 'commercial', startDate: '1/12/2026' }),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/startDate: expected YYYY-MM-DD/) },
    });
    expect(await call('plans.get', 'not an object')).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect((await call('plans.list', {})) as { value: unknown[] }).toMatchObject({ ok: true, value: [] });
  });

  it('rejects unknown channels, including prototype names', async () => {
    for (const name of ['nope', '__proto__', 'constructor', 42, null]) {
      expect(await call(name, {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
  });

  it('refuses to save a damaged document and keeps the stored one', async () => {
    const created = await call('plans.create', { name: 'A', organisation: '', convention: 'commercial' });
    const plan = (created as { value: { id: string } }).value;
    const saved = await call('plans.save', { plan: { ...plan, scenes: 'nope' } });
    expect(saved).toMatchObject({ ok: false, error: { code: 'invalid-plan', message: expect.stringMatching(/scenes/) } });
    expect(await call('plans.get', { id: plan.id })).toMatchObject({ ok: true, value: { plan: { name: 'A' } } });
  });

  it('settings round-trip', async () => {
    expect(await call('settings.set', { key: 'lang', value: 'en' })).toEqual({ ok: true, value: null });
    expect(await call('settings.get', { key: 'lang' })).toEqual({ ok: true, value: 'en' });
  });
});
