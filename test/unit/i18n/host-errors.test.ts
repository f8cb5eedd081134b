/**
 * Host errors and load repairs reach the screen as codes with parameters; every one the host can
 * return must have words in both languages, and a Chinese screen must read Chinese.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { servicesPerTest } from '../../helpers/services';
import { hostErrorText, repairText } from '../../../shared/i18n/problems';
import { en, zh } from '../../../shared/i18n/translate';
import { HOST_ERRORS, type HostErrorKey, type IpcError } from '../../../shared/ipc/errors';
import { REPAIR_KEYS, restore } from '../../../shared/model/restore';
import { banquetPlan } from '../../helpers/plans';

const CJK = /[\u4e00-\u9fff]/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('host error words', () => {
  it('every host error and every repair has words in Chinese and English', () => {
    for (const key of Object.keys(HOST_ERRORS)) {
      expect(zh[`hostError.${key as HostErrorKey}`], key).toMatch(CJK);
      expect(en[`hostError.${key as HostErrorKey}`], key).toBeTruthy();
    }
    for (const key of REPAIR_KEYS) {
      expect(zh[`repair.${key}`], key).toMatch(CJK);
      expect(en[`repair.${key}`], key).not.toMatch(CJK);
    }
  });

  it('every error the host code raises is one of them', () => {
    const raised = sources('electron').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:new StoreError|hostError|fail)\(\s*'([^']+)'/g)].map((m) => m[1]!),
    );
    expect(raised.length).toBeGreaterThan(20);
    for (const key of raised) expect(Object.keys(HOST_ERRORS), key).toContain(key);
  });
});

describe('errors returned through dispatch', () => {
  const services = servicesPerTest();

  const failure = async (channel: unknown, request: unknown): Promise<IpcError> => {
    const result = await dispatch(services().handlers, channel, request);
    if (result.ok) throw new Error(`${String(channel)} succeeded`);
    return result.error;
  };

  it('carry a code with parameters that reads as Chinese on a Chinese screen, English kept for logs', async () => {
    const plan = banquetPlan();
    await dispatch(services().handlers, 'plans.save', { plan });
    const errors = [
      await failure('no.such.channel', {}),
      await failure('plans.get', { id: '' }),
      await failure('plans.get', { id: 'nope' }),
      await failure('plans.save', { plan: { ...plan, name: 'B' }, baseUpdatedAt: 1 }),
      await failure('planFile.import', { fileName: '坏.zuoci', text: '{' }),
      await failure('revisions.restore', { planId: plan.id, revisionId: 999 }),
    ];
    expect(errors.map((e) => e.code)).toEqual([
      'unknown-channel',
      'invalid-request',
      'not-found',
      'conflict',
      'invalid-plan',
      'not-found',
    ]);
    expect(hostErrorText('zh', errors[2]!)).toBe('找不到计划 nope');
    expect(errors[2]!.message).toBe('no plan with id nope');
    for (const e of errors) {
      const words = hostErrorText('zh', e);
      expect(words, e.key).toMatch(CJK);
      expect(words, e.key).not.toMatch(/\{\w+\}/);
      expect(hostErrorText('en', e), e.key).toBe(e.message);
    }
  });

  it('repairs read in the chosen language', () => {
    const plan = banquetPlan();
    const scene = plan.scenes[0]!;
    const broken = {
      ...plan,
      scenes: [{ ...scene, assignments: [{ personId: 'ghost', itemId: scene.items[0]!.id, seat: 'P', locked: false }] }],
    };
    const result = restore(broken);
    if (!result.ok) throw new Error(result.error);
    expect(result.repairs).toEqual([{ key: 'unknownPerson', params: { scene: scene.name, person: 'ghost' } }]);
    expect(repairText('zh', result.repairs[0]!)).toBe(`场景“${scene.name}”：已移除一个座位安排（人员“ghost”不存在）`);
    expect(repairText('en', result.repairs[0]!)).toBe(`scene "${scene.name}": removed an assignment (unknown person "ghost")`);
  });
});
