/**
 * A large import never holds up the page (issue 13 part 6). From before the file is chosen until
 * the import is done, Chromium's trace records every task the page's thread runs; no task may take
 * a second of that thread's time — the canvas and autosave wait as long as the longest task.
 * The bound is generous on purpose: this checks that the heavy work (reading, validating, ranking,
 * building the people) is off the page's thread, not how fast it is (that is `npm run bench`).
 * Before the preview and the people to add moved into the worker, one task of the 20,000-row
 * import held the thread for seconds.
 *
 * Why the thread's own time (the trace's `tdur`) rather than gaps between animation frames: a
 * frame gap also counts the time the renderer is not scheduled at all. On this shared 2-core
 * machine under load (load average above 20) frames came 1.6–3.9 s apart while the page's thread
 * sat idle, and a task's wall time was two to six times its thread time. Playwright's own
 * protocol messages run as tasks on the page's thread (its role queries compute the page's whole
 * accessibility tree): they are left out of the count, and the measured steps find their elements
 * by CSS. Wall times and frame gaps are attached to the result, for reading.
 */
import type { Browser, Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { expect, newPlanImporting, test } from './fixtures';

/**
 * No task taking more of the page's thread than this. With the work in the worker, the longest
 * task of the 20,000-row import is the page drawing the new table: 200–220 ms of thread time
 * here, and CI's machine measured 1.3× this machine's figures. Done on the page's thread, the
 * same import held it for seconds — the bound sits between the two, clear of both.
 */
const MAX_TASK_MS = 1_000;

/** `rows` people under a title row, with 级别 and 主/客, as an office's list (UTF-8 with BOM). */
function listCsv(rows: number): Buffer {
  const levels = ['正厅级', '副厅级', '正处级', '副处级', '科员'];
  const lines = ['远航集团年会嘉宾名单', '序号,姓名,单位,职务,级别,主/客,备注'];
  for (let i = 1; i <= rows; i++) {
    lines.push(`${i},嘉宾${i},远航集团第${i % 40}分公司,经理,${levels[i % 5]},${i % 10 ? '客方' : '主方'},请安排靠近出口的座位`);
  }
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; chrome_mojo_event_info?: { mojo_interface_tag?: string } };
}

/** Starts the trace of every task (and the frame gaps, recorded in the page). */
async function recordThread(browser: Browser, page: Page) {
  await browser.startTracing(page, { categories: ['toplevel', 'mojom', 'disabled-by-default-devtools.timeline'] });
  await page.evaluate(() => {
    const w = window as unknown as { frameGaps: number[] };
    w.frameGaps = [];
    let last = performance.now();
    const tick = (now: number) => {
      w.frameGaps.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** The longest task on the page's thread, in thread time (ms), with its wall time and the frames seen. */
async function thread(browser: Browser, page: Page) {
  const gaps = await page.evaluate(() => (window as unknown as { frameGaps: number[] }).frameGaps);
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}/${e.tid}`),
  );
  const onMain = (e: TraceEvent) => e.ph === 'X' && mainThreads.has(`${e.pid}/${e.tid}`);
  // The test's own DevTools protocol messages (Playwright finding elements, evaluating) run as
  // tasks on the page's thread too; they are the harness's work, not the app's.
  const harness = events
    .filter((e) => onMain(e) && e.args?.chrome_mojo_event_info?.mojo_interface_tag?.includes('DevTools'))
    .map((e) => e.ts);
  const tasks = events.filter(
    (e) => onMain(e) && e.name === 'RunTask' && !harness.some((ts) => ts >= e.ts && ts <= e.ts + (e.dur ?? 0)),
  );
  const longest = tasks.reduce((a, b) => ((b.tdur ?? 0) > (a.tdur ?? 0) ? b : a));
  const longestTask = Math.round((longest.tdur ?? 0) / 1000);
  test.info().annotations.push({
    type: 'page thread',
    description: `${tasks.length} tasks; longest ${longestTask} ms of thread time (${Math.round((longest.dur ?? 0) / 1000)} ms wall); ${gaps.length} frames, longest gap ${Math.round(Math.max(...gaps))} ms`,
  });
  return { tasks: tasks.length, frames: gaps.length, longestTask };
}

/** A plan with a scene and the import wizard open, found by CSS from here on (see above). */
async function openWizard(page: Page, planName: string) {
  await newPlanImporting(page, planName);
  return page.locator('.import-wizard');
}

test('99,000 rows: read, mapped, ranked by 级别 and previewed with no long task on the page', async ({ app: page, browser }) => {
  test.setTimeout(180_000);
  const wizard = await openWizard(page, '十万人名单');
  const file = test.info().outputPath('十万人名单.csv');
  writeFileSync(file, listCsv(99_000));
  await recordThread(browser, page);

  await wizard.locator('input[name="import-file"]').setInputFiles(file);
  await expect(wizard.locator('select[name="map-B"]')).toHaveValue('name', { timeout: 60_000 });
  await expect(wizard.locator('.import-mapping > p.muted').first()).toHaveText('十万人名单.csv：99002 行，UTF-8 BOM');
  await wizard.locator('select[name="import-rank-by"]').selectOption('level');
  // Worked out in the worker: a bar once it takes over a second, then the counts over every row.
  // The page records whether the bar showed, so the check holds however fast the machine is.
  await page.evaluate(() => {
    const seen = { bar: false };
    (window as unknown as { barSeen: typeof seen }).barSeen = seen;
    new MutationObserver(() => {
      if (document.querySelector('.import-wizard progress.import-progress')) seen.bar = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  const started = Date.now();
  await wizard.locator('.dialog-actions button.primary').click();
  await expect(wizard.locator('.import-summary')).toHaveText('新增 99000 人，更新 0 人，跳过 0 行，有错误 0 行', {
    timeout: 60_000,
  });
  const took = Date.now() - started;
  const barSeen = await page.evaluate(() => (window as unknown as { barSeen: { bar: boolean } }).barSeen.bar);
  if (took > 2_000) expect(barSeen, `the preview took ${took} ms and showed no progress bar`).toBe(true);
  const { tasks, frames, longestTask } = await thread(browser, page);

  await expect(wizard.getByRole('progressbar')).toHaveCount(0);
  // The first rows with their ranks from the level table (正厅级 before 副厅级), the rest counted.
  await expect(wizard.locator('tr[data-row="3"] .rank-source')).toHaveText('级别：副厅级');
  await expect(wizard.locator('tr[data-row="7"] .rank-source')).toHaveText('级别：正厅级');
  await expect(wizard.locator('tr[data-row="7"] .rank')).toHaveText('1');
  await expect(wizard.locator('tr[data-row]')).toHaveCount(300);
  await expect(wizard.getByText('另有 98700 行未显示')).toBeVisible();
  // A plan holds at most 50,000 people: confirming is refused, the limit named.
  await expect(wizard.getByRole('alert')).toHaveText(
    '导入后人数将超过每个计划 50,000 人的上限（现有 0 人，新增 99000 人），请分开导入或减少行数。',
  );
  await expect(wizard.getByRole('button', { name: /确认导入/ })).toBeDisabled();

  expect(tasks).toBeGreaterThan(100);
  // The recording saw the page drawing throughout (a quick machine finishes in fewer frames: CI
  // saw 49 for the 20,000 rows); how long the page waited is the longest task's business.
  expect(frames).toBeGreaterThan(20);
  expect(longestTask, `longest task on the page's thread: ${longestTask} ms`).toBeLessThan(MAX_TASK_MS);
});

test('20,000 rows imported to the end — confirmed, in the table, saved — with no long task on the page', async ({
  app: page,
  browser,
}) => {
  test.setTimeout(180_000);
  const wizard = await openWizard(page, '两万人名单');
  const file = test.info().outputPath('两万人名单.csv');
  writeFileSync(file, listCsv(20_000));
  await recordThread(browser, page);

  await wizard.locator('input[name="import-file"]').setInputFiles(file);
  await expect(wizard.locator('select[name="map-B"]')).toHaveValue('name', { timeout: 60_000 });
  await wizard.locator('.dialog-actions button.primary').click();
  const confirm = wizard.locator('.dialog-actions button.primary', { hasText: '确认导入（新增 20000，更新 0）' });
  await expect(confirm).toBeEnabled({ timeout: 60_000 });
  await confirm.click();
  await expect(page.locator('.import-notice')).toContainText('已导入：新增 20000 人，更新 0 人。', { timeout: 60_000 });
  await expect(page.locator('table.people-table')).toHaveAttribute('aria-rowcount', '20001');
  await page.locator('.save-state.saved').waitFor({ timeout: 60_000 });
  const { tasks, frames, longestTask } = await thread(browser, page);

  expect(tasks).toBeGreaterThan(100);
  // The recording saw the page drawing throughout (a quick machine finishes in fewer frames: CI
  // saw 49 for the 20,000 rows); how long the page waited is the longest task's business.
  expect(frames).toBeGreaterThan(20);
  expect(longestTask, `longest task on the page's thread: ${longestTask} ms`).toBeLessThan(MAX_TASK_MS);
});
