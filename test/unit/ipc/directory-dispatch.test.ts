import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { contract } from '../../../shared/ipc/contract';
import { translate } from '../../../shared/i18n/translate';
import { servicesPerTest } from '../../helpers/services';

const services = servicesPerTest();
const call = (channel: string, req: unknown) => dispatch(services().handlers, channel, req);
const zhang = { name: '张伟', organisation: '市人民政府', title: '市长', side: 'host' };

describe('directory channels', () => {
  it('add, list, update and delete through the contract; deleting a plan keeps the entries', async () => {
    const plan = await call('plans.create', { name: '欢迎晚宴', organisation: '', convention: 'government' });
    const added = await call('directory.add', { entries: [zhang, { ...zhang, name: '李娜', title: '主任' }] });
    expect(added.ok && contract['directory.add'].response.safeParse(added.value).success).toBe(true);
    const [a] = (added.ok ? added.value : []) as { id: string }[];
    const updated = await call('directory.update', { id: a!.id, fields: { ...zhang, title: '市委书记' } });
    expect(updated).toMatchObject({ ok: true, value: { title: '市委书记', revision: 2 } });
    expect(plan.ok && (await call('plans.delete', { id: (plan.value as { id: string }).id }))).toEqual({ ok: true, value: null });
    const list = await call('directory.list', {});
    expect(list.ok && (list.value as { name: string; title: string }[]).map((e) => `${e.name} ${e.title}`).sort()).toEqual(
      ['张伟 市委书记', '李娜 主任'].sort(),
    );
    expect(await call('directory.delete', { id: a!.id })).toEqual({ ok: true, value: null });
    expect(await call('directory.delete', { id: a!.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found', key: 'directoryEntryNotFound' },
    });
  });

  it('refuses bad requests naming the field, before the store sees them', async () => {
    const bad = [
      ['directory.add', { entries: [] }, /entries/],
      ['directory.add', { entries: [{ ...zhang, name: '' }] }, /entries\[0\]\.name/],
      ['directory.add', { entries: [{ ...zhang, side: 'vip' }] }, /side/],
      ['directory.add', { entries: [{ ...zhang, title: 'x'.repeat(301) }] }, /title/],
      ['directory.add', { entries: [{ ...zhang, gender: 'm' }] }, /gender/],
      ['directory.update', { id: '', fields: zhang }, /id/],
      ['directory.update', { id: 'directory_x' }, /fields/],
      ['directory.delete', {}, /id/],
    ] as const;
    for (const [channel, request, field] of bad) {
      const result = await call(channel, request);
      expect(result, `${channel} ${JSON.stringify(request)}`).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      expect(!result.ok && result.error.message).toMatch(field);
    }
    expect(await call('directory.list', {})).toEqual({ ok: true, value: [] });
  });

  it('words a missing entry in the officer’s language, without the entry id', async () => {
    const result = await call('directory.update', { id: 'directory_gone', fields: zhang });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found', key: 'directoryEntryNotFound' } });
    if (result.ok) return;
    const words = translate('zh', `hostError.${result.error.key}`, result.error.params);
    expect(words).toBe('常用人员库中已没有这个人，可能已在别处删除。');
    expect(words).not.toContain('directory_gone');
  });
});
