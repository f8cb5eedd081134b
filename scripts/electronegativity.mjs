#!/usr/bin/env node
/**
 * `npm run security:scan`: runs @doyensec/electronegativity over the Electron host sources and
 * fails unless every finding is fixed or justified in docs/security.md (its table
 * "Electronegativity findings": one row per check id and file).
 *
 * Offline: the tool's two network look-ups (translations, Electron's release list) fail
 * quietly here; the release-list check is skipped outright (`-x`) and the Electron version is
 * given (`-e`) from the installed `electron` package instead of being looked up.
 *
 * The report is read as SARIF (chosen by the output's extension): the tool writes its CSV
 * header and rows with two concurrent asynchronous writes, and now and then the header lands
 * over the first row, which then matched no justification.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const out = join(root, 'test-results', 'electronegativity.sarif');
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

const findings = JSON.parse(readFileSync(out, 'utf8')).runs[0].results.map((r) => {
  const where = r.locations?.[0]?.physicalLocation;
  return {
    issue: r.ruleId,
    level: r.level,
    file: where?.artifactLocation?.uri,
    location: `${where?.region?.startLine}:${where?.region?.startColumn}`,
  };
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
  console.log(`${ok ? 'justified  ' : 'UNJUSTIFIED'} ${f.issue} (${f.level}) ${f.file}:${f.location}`);
}
console.log(
  `electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${findings.length - unjustified} justified in docs/security.md, ${unjustified} not`,
);
process.exit(unjustified === 0 ? 0 : 1);
