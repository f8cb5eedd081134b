/**
 * `npm run screenshot -- <out.png>`: a demo banquet (Chinese names, two tables, auto-placed by the
 * engine) served in browser mode on a temp data folder, opened in Chromium, saved as a PNG.
 * Needs `npm run build` first. Uses CHROMIUM_PATH or /usr/bin/chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startBrowserHost } from '../electron/host/browser-host';
import { applyCommand } from '../shared/commands/commands';
import { autoPlaceScene } from '../shared/engine';
import { newPerson, newPlan, newScene, roundTable } from '../shared/model/factory';
import { newId } from '../shared/model/ids';
import type { Plan } from '../shared/model/types';
import { CHROMIUM_FLAGS } from '../electron/services/export-browser';

const out = resolve(process.argv[2] ?? 'zuoci-editor.png');

const HOSTS = ['王建国', '刘晓梅', '张海峰', '李文静'];
const GUESTS = [
  '陈志远',
  '周文华',
  '孙立',
  '吴静',
  '郑国强',
  '冯雪',
  '何志明',
  '许佳',
  '邓超',
  '曹颖',
  '彭博',
  '袁丽',
  '蒋涛',
  '韩梅',
];

function demoPlan(): Plan {
  let plan = newPlan(
    { name: '远航集团来访接待', organisation: '远航集团', convention: 'commercial', startDate: '2026-12-08' },
    newId,
  );
  const scene = newScene('banquet', '欢迎晚宴', newId);
  const second = roundTable(newId, 4, 0);
  plan = applyCommand(plan, { type: 'scene/add', scene: { ...scene, items: [...scene.items, second] } });
  const people = [
    ...HOSTS.map((name, i) => newPerson({ name, side: 'host', rank: i + 1, organisation: '市外办' }, newId)),
    ...GUESTS.map((name, i) => newPerson({ name, side: 'guest', rank: i + 1, organisation: '远航集团' }, newId)),
  ];
  plan = applyCommand(plan, { type: 'person/add', people });
  const tables = plan.scenes[0]!.items.filter((i) => i.kind === 'round-table');
  const roles = [
    [tables[0]!, people[0]!, 'chief-host'],
    [tables[0]!, people[1]!, 'deputy-host'],
    [tables[1]!, people[2]!, 'chief-host'],
    [tables[1]!, people[3]!, 'deputy-host'],
  ] as const;
  for (const [item, person, role] of roles) {
    plan = applyCommand(plan, { type: 'role/set', sceneId: scene.id, itemId: item.id, personId: person.id, role });
  }
  const result = autoPlaceScene(plan, scene.id);
  return applyCommand(plan, {
    type: 'seat/apply',
    sceneId: scene.id,
    assignments: result.assignments,
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'zuoci-shot-'));
const host = await startBrowserHost({ dataDir, staticDir: join(process.cwd(), 'out', 'renderer'), version: 'screenshot' });
try {
  const plan = host.services.store.save(demoPlan()).plan;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${host.url}#/plan/${plan.id}/${plan.scenes[0]!.id}`);
  await page.locator('.plan-title').waitFor();
  await page.waitForTimeout(300); // let Konva finish its first draw
  await page.screenshot({ path: out });
  await browser.close();
  console.log(`screenshot: ${out}`);
} finally {
  await host.close();
  rmSync(dataDir, { recursive: true, force: true });
}
