/**
 * npm run place -- <case.json> [--lang zh|en]
 * Reads a placement case (CASES.md, docs/seat-labels.md) and prints the answer JSON.
 * Errors go to stderr with exit code 1 and a message naming the field.
 */
import { readFileSync } from 'node:fs';
import { CaseError } from '../shared/engine';
import { place } from '../shared/i18n/case-answer';

function fail(message: string): never {
  process.stderr.write(`place: ${message}\n`);
  process.exit(1);
}

function main(argv: string[]) {
  let file: string | undefined;
  let lang: 'zh' | 'en' = 'zh';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') {
      const v = argv[++i];
      if (v !== 'zh' && v !== 'en') fail('--lang: expected zh or en');
      lang = v;
    } else if (a.startsWith('--lang=')) {
      const v = a.slice(7);
      if (v !== 'zh' && v !== 'en') fail('--lang: expected zh or en');
      lang = v;
    } else if (a.startsWith('-')) fail(`unknown option ${a}`);
    else if (file === undefined) file = a;
    else fail(`unexpected argument ${a}`);
  }
  if (!file) fail('usage: place <case.json> [--lang zh|en]');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    fail(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    fail(`${file}: not valid JSON (${(e as Error).message})`);
  }
  try {
    process.stdout.write(JSON.stringify(place(input, { lang }), null, 2) + '\n');
  } catch (e) {
    if (e instanceof CaseError) fail(e.message);
    fail(`internal error: ${(e as Error).message}`);
  }
}

main(process.argv.slice(2));
