#!/usr/bin/env node
/**
 * `npm run security:scan`: runs @doyensec/electronegativity over the Electron host sources and
 * fails unless every finding is fixed or justified in docs/security.md (its table
 * "Electronegativity findings": one row per check id and file).
 *
 * Offline: the tool's two network look-ups (translations, Electron's release list) fail
 * quietly here; the release-list check is skipped outright (`-x`) and the Electron version is
 * given (`-e`) from the installed `electron` package instead of being looked up.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const out = join(root, 'test-results', 'electronegativity.csv');
mkdirSync(dirname(out), { recursive: true });

// electron/ holds every use of Electron's API (main, preload) and the browser host; renderer/
// and shared/ may not import electron at all (eslint layer rules).
const run = spawnSync(
  bin,
  ['-i', 'electron', '-r', '-v', 'false', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', out],
  { cwd: root, encoding: 'utf8' },
);
if (run.status !== 0 || !existsSync(out)) {
  console.error(`electronegativity did not run (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}

const findings = readFileSync(out, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [issue, severity, confidence, file, location] = parseCsvLine(line);
    return { issue, severity, confidence, file, location };
  });

const justified = new Set(
  readFileSync(join(root, 'docs', 'security.md'), 'utf8')
    .split('\n')
    .map((line) => /^\|\s*`?([A-Z_]+)`?\s*\|\s*`?([^|`]+?)`?\s*\|/.exec(line))
    .filter(Boolean)
    .map((m) => `${m[1]} ${m[2]}`),
);

let unjustified = 0;
for (const f of findings) {
  const ok = justified.has(`${f.issue} ${f.file}`);
  if (!ok) unjustified++;
  console.log(`${ok ? 'justified  ' : 'UNJUSTIFIED'} ${f.issue} (${f.severity}, ${f.confidence}) ${f.file}:${f.location}`);
}
console.log(
  `electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${findings.length - unjustified} justified in docs/security.md, ${unjustified} not`,
);
process.exit(unjustified === 0 ? 0 : 1);

/** The tool's CSV: fields separated by commas, some quoted with doubled quotes inside. */
function parseCsvLine(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      fields.push(field.trim());
      field = '';
    } else field += c;
  }
  fields.push(field.trim());
  return fields;
}
