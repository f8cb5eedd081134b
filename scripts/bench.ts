/**
 * `npm run bench`: runs every bench/*.bench.ts and prints one line per figure,
 * `bench: <name> <value> <unit>`. Figures, not pass/fail: targets are in the issues and docs.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Report = (name: string, value: number, unit: string) => void;
const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'bench');
const only = process.argv.slice(2);
const report: Report = (name, value, unit) => console.log(`bench: ${name} ${Number(value.toFixed(2))} ${unit}`);

const files = existsSync(dir) ? readdirSync(dir) : [];
if (files.length === 0) console.log('bench: no benchmarks found in bench/');
for (const file of files.filter((f) => f.endsWith('.bench.ts')).sort()) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: (report: Report) => Promise<void> };
  await mod.default(report);
}
