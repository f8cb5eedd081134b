/**
 * Another page on this machine (any other port of 127.0.0.1 is the same "site" to a browser)
 * tries to act on the browser-mode host while the officer has Zuoci open in the same browser:
 * `fetch` (with and without CORS), a form POST that spells JSON and `sendBeacon`, 21 times on
 * backups. Nothing may land, and the token must never travel to the other server as a cookie.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

function attackPage(target: string): string {
  const api = (channel: string) => `${target}/api/${channel}`;
  return `<!doctype html><meta charset="utf-8"><title>other local page</title>
<iframe name="sink" style="display:none"></iframe>
<form id="f" method="POST" enctype="text/plain" target="sink" action="${api('settings.set')}">
  <input name='{"key":"lang","value":"en","x":"' value='"}'>
</form>
<script>
(async () => {
  const body = JSON.stringify({ name: 'forged', organisation: '', convention: 'commercial' });
  const tries = [
    fetch(${JSON.stringify(api('plans.create'))}, { method: 'POST', credentials: 'include', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body }),
    fetch(${JSON.stringify(api('plans.create'))}, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body }),
    fetch(${JSON.stringify(api('settings.set'))}, { method: 'POST', credentials: 'include', mode: 'no-cors', body: JSON.stringify({ key: 'lang', value: 'en' }) }),
  ];
  for (let i = 0; i < 21; i++) {
    navigator.sendBeacon(${JSON.stringify(api('backups.create'))}, '{}');
    tries.push(fetch(${JSON.stringify(api('backups.create'))}, { method: 'POST', credentials: 'include', mode: 'no-cors', body: '{}' }));
  }
  await Promise.allSettled(tries);
  document.getElementById('f').submit();
  document.title = 'done';
})();
</script>`;
}

let other: Server | undefined;
test.afterEach(() => other?.close());

test('a page from another local port cannot create plans, change settings or rotate backups', async ({ app: page, host }) => {
  await page.getByRole('button', { name: /新建计划|New plan/ }).waitFor();
  const langBefore = host.services.store.getSetting('lang');
  const cookiesSeen: string[] = [];
  const target = `http://127.0.0.1:${host.port}`;
  other = createServer((req, res) => {
    cookiesSeen.push(req.headers.cookie ?? '');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(attackPage(target));
  });
  await new Promise<void>((ok) => other!.listen(0, '127.0.0.1', ok));
  const otherPort = (other.address() as AddressInfo).port;

  const attacker = await page.context().newPage();
  await attacker.goto(`http://127.0.0.1:${otherPort}/`);
  await expect(attacker).toHaveTitle('done');
  await attacker.waitForTimeout(1500); // beacons and the form land after the script ends

  expect(host.services.store.list()).toEqual([]);
  expect(host.services.store.getSetting('lang')).toEqual(langBefore);
  expect(host.services.backups.list().filter((b) => b.kind === 'manual')).toEqual([]);
  // The other server saw our page cookie at most, never the token.
  expect(cookiesSeen.length).toBeGreaterThan(0);
  for (const cookie of cookiesSeen) expect(cookie).not.toContain(host.token);

  // The officer's own page still works.
  await page.reload();
  await page.getByRole('button', { name: /新建计划|New plan/ }).waitFor();
});
