/**
 * Canvas speed in Chromium (no GPU), in browser mode on a temp data folder, for two plans saved
 * through the host's services: a banquet hall of 300 ten-seat tables with 3,000 seated people
 * (Chinese names, auto-placed), and a 5,000-seat meeting hall seated by 200 units (issue 16:
 * open ≤ 1 s, drag p95 ≤ 33 ms). Two figures each:
 * - open: navigation start → the canvas has drawn the whole hall (the renderer's
 *   `zuoci:canvas-drawn:<scene>` mark, after two animation frames), median of 7; target ≤ 500 ms.
 * - drag: 95th-percentile frame time (requestAnimationFrame timestamps) while a table is dragged
 *   across the hall by the mouse (the meeting hall by an aisle), one pointer move per frame;
 *   target ≤ 33 ms.
 * Needs `npm run build` (out/renderer). ZUOCI_BENCH_SMOKE=1: a 30-table hall and a 500-seat
 * meeting hall, one short run each.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startBrowserHost } from '../electron/host/browser-host';
import { applyCommand } from '../shared/commands/commands';
import { newPerson, newPlan } from '../shared/model/factory';
import { withPlacedScene } from '../test/helpers/plans';
import { uniformBlock } from '../shared/kinds/meeting-hall';
import type { Person, Plan, Scene, VenueItem } from '../shared/model/types';
import { make, room } from '../shared/templates';
import { CHROMIUM_FLAGS } from '../electron/services/export-browser';

type Report = (name: string, value: number, unit: string) => void;

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '建国晓梅海峰文静志远文华立静国强雪志明佳超颖博丽涛梅娜伟芳敏军洋勇艳杰娟涛明超秀英华平刚桂英';

function chineseName(i: number): string {
  return SURNAMES[i % SURNAMES.length]! + GIVEN[(i * 7) % GIVEN.length]! + (i % 3 === 0 ? GIVEN[(i * 13) % GIVEN.length]! : '');
}

/** A plan of one scene, auto-placed and saved as the officer would have it. */
function placedPlan(kind: Scene['kind'], items: VenueItem[], people: Person[], makeId: (p: string) => string): Plan {
  const plan = newPlan({ name: '大宴会厅', organisation: '', convention: 'commercial' }, makeId);
  return withPlacedScene(applyCommand(plan, { type: 'person/add', people }), { name: '宴会厅', kind, items });
}

interface Case {
  name: string;
  plan: Plan;
  /** Where to press to drag the item (world metres): on its body, not on a seat. */
  grip: { x: number; y: number };
}

function banquetCase(tables: number): Case {
  let seq = 0;
  const makeId = (prefix: string) => `${prefix}_${(seq++).toString(36)}`;
  const cols = 20;
  const rows = Math.ceil(tables / cols);
  const spacing = 3.6;
  const items: VenueItem[] = [];
  for (let i = 0; i < tables; i++) {
    items.push(make.roundTable(makeId, { x: (i % cols) * spacing, y: Math.floor(i / cols) * spacing }, 10));
  }
  const w = (cols - 1) * spacing;
  const bottom = (rows - 1) * spacing + 4;
  items.push(make.door(makeId, { x: w / 2, y: bottom }), ...room(makeId, -3, -3, w + 3, bottom, w / 2));
  const people = Array.from({ length: tables * 10 }, (_, i) =>
    newPerson({ name: chineseName(i), side: i % 5 === 0 ? 'host' : 'guest', rank: 1 + Math.floor(i / 5) }, makeId),
  );
  const target = items[Math.floor(tables / 2) + 10]!;
  return {
    name: `${tables} tables ${tables * 10} people`,
    plan: placedPlan('banquet', items, people, makeId),
    grip: { x: target.x, y: target.y },
  };
}

/** Three blocks of `rows` rows (30, 40 and 30 seats), full, 25 people a unit. */
export function meetingCase(rows: number): Case {
  let seq = 0;
  const makeId = (prefix: string) => `${prefix}_${(seq++).toString(36)}`;
  const hall = make.meetingHall(makeId, { x: 0, y: 0, rotation: -90 }, [
    uniformBlock(rows, 30),
    uniformBlock(rows, 40),
    uniformBlock(rows, 30),
  ]);
  const seats = rows * 100;
  const people = Array.from({ length: seats }, (_, i) =>
    newPerson({ name: chineseName(i), organisation: `第${Math.floor(i / 25) + 1}代表团`, side: 'guest', rank: i + 1 }, makeId),
  );
  // The aisle between the left and the centre block, a few rows back: the hall's body, no seat.
  const aisle = -(40 * hall.seatSpacing) / 2 - hall.aisle / 2;
  return {
    name: `meeting hall ${seats} seats ${Math.ceil(seats / 25)} units`,
    plan: placedPlan('meeting', [hall], people, makeId),
    grip: { x: hall.x + aisle, y: hall.y + 5 * hall.rowSpacing },
  };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

export default async function run(report: Report): Promise<void> {
  const smoke = process.env.ZUOCI_BENCH_SMOKE === '1';
  const staticDir = join(process.cwd(), 'out', 'renderer');
  if (!existsSync(join(staticDir, 'index.html')))
    throw new Error('bench/canvas: out/renderer is missing; run `npm run build` first');
  for (const c of smoke ? [banquetCase(30), meetingCase(5)] : [banquetCase(300), meetingCase(50)])
    await measure(c, smoke, staticDir, report);
}

async function measure({ name, plan, grip }: Case, smoke: boolean, staticDir: string, report: Report): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zuoci-bench-canvas-'));
  const host = await startBrowserHost({ dataDir, staticDir, version: 'bench' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  try {
    const stored = host.services.store.save(plan).plan;
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // Load the app once (token cookie, warm HTTP cache as on a desktop); then time opening the plan.
    await page.goto(host.url);
    await page.locator('.plan-card').first().waitFor();
    // The mark is awaited over raw CDP: Playwright's locators inject a script of their own into
    // each new page, whose compiling would be timed as part of opening the plan.
    const cdp = await page.context().newCDPSession(page);
    const drawnAt = `new Promise((resolve) => {
      const mark = () => performance.getEntriesByName('zuoci:canvas-drawn:hall')[0];
      if (mark()) return resolve(mark().startTime);
      new PerformanceObserver((_, observer) => {
        if (mark()) { observer.disconnect(); resolve(mark().startTime); }
      }).observe({ type: 'mark' });
    })`;
    const opens: number[] = [];
    for (let i = 0; i < (smoke ? 1 : 7); i++) {
      await page.goto(`${host.url}#/plan/${stored.id}/hall`);
      await page.reload();
      const { result } = await cdp.send('Runtime.evaluate', { expression: drawnAt, awaitPromise: true, returnByValue: true });
      opens.push(result.value as number);
    }
    report(`canvas open ${name} (median)`, percentile(opens, 50), 'ms');
    report(`canvas open ${name} (slowest of ${opens.length})`, Math.max(...opens), 'ms');

    // Drag an item from the middle of the hall: press on its body, one move per animation frame.
    const canvas = page.getByTestId('venue-canvas');
    const box = (await canvas.boundingBox())!;
    const scale = Number(await canvas.getAttribute('data-scale'));
    const [ox, oy] = (await canvas.getAttribute('data-offset'))!.split(',').map(Number);
    const at = { x: box.x + ox! + grip.x * scale, y: box.y + oy! + grip.y * scale };
    const frames: number[] = [];
    for (let run = 0; run < (smoke ? 1 : 3); run++) {
      await page.mouse.move(at.x, at.y);
      await page.mouse.down();
      // A string, not a function: tsx would wrap a named inner function with a helper the page lacks.
      await page.evaluate(`(() => {
        window.__frames = [];
        window.__stop = false;
        const tick = (t) => {
          window.__frames.push(t);
          if (!window.__stop) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      })()`);
      const steps = smoke ? 20 : 90;
      for (let i = 1; i <= steps; i++) {
        const dx = Math.sin((i / steps) * Math.PI * 2) * 200;
        await page.mouse.move(at.x + dx, at.y + (i / steps) * 120);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      }
      const stamps = await page.evaluate(() => {
        const w = window as unknown as { __frames: number[]; __stop: boolean };
        w.__stop = true;
        return w.__frames;
      });
      await page.mouse.up();
      for (let i = 1; i < stamps.length; i++) frames.push(stamps[i]! - stamps[i - 1]!);
      await page.keyboard.press('Control+z');
    }
    report(`canvas drag p95 frame ${name}`, percentile(frames, 95), 'ms');
    report(`canvas drag median frame ${name}`, percentile(frames, 50), 'ms');
  } finally {
    await browser.close();
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
