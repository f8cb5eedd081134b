/**
 * Each test gets its own browser-mode host (the real services, the real built renderer) on a
 * fresh temp data folder, and a page opened at the host's tokenised URL.
 */
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserHost, type BrowserHost } from '../../electron/host/browser-host';

export const test = base.extend<{ host: BrowserHost; app: Page }>({
  // Playwright reads a fixture's dependencies from this destructuring; this one has none.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'zuoci-e2e-'));
    const host = await startBrowserHost({ dataDir, staticDir: join(process.cwd(), 'out', 'renderer'), version: 'e2e' });
    await use(host);
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
  app: async ({ page, host }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(host.url);
    await use(page);
    if (errors.length) throw new Error(`the page reported errors:\n${errors.join('\n')}`);
  },
});

export { expect } from '@playwright/test';

/** Creates a plan through the UI and waits for the editor. */
export async function createPlan(
  page: Page,
  name: string,
  organisation = '',
  convention: 'commercial' | 'government' = 'commercial',
) {
  await page.getByRole('button', { name: /新建计划|New plan/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[name="plan-name"]').fill(name);
  await dialog.locator('input[name="plan-organisation"]').fill(organisation);
  await dialog
    .locator('input[name="plan-convention"]')
    .nth(convention === 'commercial' ? 0 : 1)
    .check();
  await dialog.getByRole('button', { name: /确定|OK/ }).click();
  await page.locator('.plan-title', { hasText: name }).waitFor();
}

export async function addPerson(
  page: Page,
  p: { name: string; organisation?: string; title?: string; side: 'host' | 'guest' | 'staff'; rank?: number },
) {
  const form = page.locator('.person-form');
  await form.locator('input[name="person-name"]').fill(p.name);
  await form.locator('input[name="person-organisation"]').fill(p.organisation ?? '');
  await form.locator('input[name="person-title"]').fill(p.title ?? '');
  await form.locator('select[name="person-side"]').selectOption(p.side);
  await form.locator('input[name="person-rank"]').fill(p.rank ? String(p.rank) : '');
  await form.getByRole('button', { name: /添加人员|Add person/ }).click();
  await page.locator(`tr[data-person="${p.name}"]`).waitFor();
}

/** Waits until the latest edit is stored. */
export async function saved(page: Page) {
  await page.locator('.save-state.saved').waitFor();
}

/** Opens the people import wizard of the open plan. */
export async function openImportWizard(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: '导入名单…' }).click();
  return page.getByRole('dialog', { name: '导入人员名单' });
}

/** A new plan with one scene (so its people panel shows). */
export async function newPlanWithScene(
  page: Page,
  name: string,
  organisation = '',
  convention: 'commercial' | 'government' = 'commercial',
) {
  await createPlan(page, name, organisation, convention);
  await page.getByRole('button', { name: '＋ 添加场景' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await page.locator('.person-form').waitFor();
}

/** A new plan with one scene and its import wizard open: where every import test starts. */
export async function newPlanImporting(page: Page, name: string): Promise<Locator> {
  await newPlanWithScene(page, name);
  return openImportWizard(page);
}

/** Pastes a tab-separated list (as copied from Excel or a Word table) into the wizard and reads it. */
export async function pasteList(wizard: Locator, text: string) {
  await wizard.locator('textarea[name="import-paste"]').fill(text);
  await wizard.getByRole('button', { name: '读取粘贴内容' }).click();
}

/**
 * The shipped sample (resources/samples/banquet-90.zuoci: 10 tables, 90 people seated) imported
 * through the host as 导入 .zuoci does, and opened in the editor.
 */
export async function openSampleBanquet(page: Page, host: BrowserHost) {
  const text = readFileSync(join(process.cwd(), 'resources', 'samples', 'banquet-90.zuoci'), 'utf8');
  const imported = await page.request.post(`http://127.0.0.1:${host.port}/api/planFile.import`, {
    headers: { 'x-zuoci-token': host.token, 'Content-Type': 'application/json' },
    data: { fileName: 'banquet-90.zuoci', text },
  });
  expect(((await imported.json()) as { ok: boolean }).ok).toBe(true);
  await page.reload();
  await page.getByRole('button', { name: /^秋季经贸交流会欢迎宴/ }).click();
  await page.locator('.plan-title', { hasText: '秋季经贸交流会欢迎宴' }).waitFor();
}
