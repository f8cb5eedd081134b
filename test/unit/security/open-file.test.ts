/**
 * A .zuoci file opened from the OS (double-click, "Open with"): what cannot be opened comes back
 * as a host error, so the desktop app's dialog says it in the officer's language.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlanFile } from '../../../electron/main/open-file';
import { MAX_PLAN_FILE_BYTES, writePlanFile } from '../../../electron/services/plan-file';
import { hostErrorText } from '../../../shared/i18n/problems';
import { banquetPlan } from '../../helpers/plans';
import { servicesPerTest } from '../../helpers/services';
import { tempDir } from '../../helpers/temp';

const services = servicesPerTest();

async function open(path: string) {
  const result = await importPlanFile(services().handlers, path);
  if (!('error' in result)) throw new Error('expected an error');
  return { zh: hostErrorText('zh', result.error), en: hostErrorText('en', result.error), key: result.error.key };
}

describe('opening a plan file from the OS', () => {
  it('imports a good file as a new plan', async () => {
    const tmp = tempDir();
    const { fileName, text } = writePlanFile(banquetPlan(), '0.0.0', new Date());
    writeFileSync(join(tmp.dir, fileName), text);
    const result = await importPlanFile(services().handlers, join(tmp.dir, fileName));
    expect('planId' in result && services().store.get(result.planId).plan.name).toBe(banquetPlan().name);
    tmp.cleanup();
  });

  it('says in words what is wrong: missing, not a file, too large, not a plan', async () => {
    const tmp = tempDir();
    expect(await open(join(tmp.dir, '不存在.zuoci'))).toMatchObject({
      key: 'fileUnopenable',
      zh: expect.stringMatching(/^无法打开 不存在\.zuoci：/),
    });
    mkdirSync(join(tmp.dir, '目录.zuoci'));
    expect(await open(join(tmp.dir, '目录.zuoci'))).toEqual({
      key: 'fileNotRegular',
      zh: '无法打开 目录.zuoci：这不是一个普通文件。',
      en: '目录.zuoci cannot be opened: it is not a regular file.',
    });
    writeFileSync(join(tmp.dir, '大.zuoci'), Buffer.alloc(MAX_PLAN_FILE_BYTES + 1, 32));
    expect((await open(join(tmp.dir, '大.zuoci'))).zh).toBe('无法打开 大.zuoci：文件大小 48.0 MB，计划文件最大 48.0 MB。');
    writeFileSync(join(tmp.dir, '空.zuoci'), '');
    expect(await open(join(tmp.dir, '空.zuoci'))).toMatchObject({ key: 'fileEmpty', zh: '无法打开 空.zuoci：文件是空的。' });
    tmp.cleanup();
  });
});
