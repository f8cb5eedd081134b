/**
 * A 3,000-person seating chart to PDF (issue 15 part 8): the bench hall of 300 ten-seat tables
 * (engine.bench.ts), placed by the engine, with Chinese names and a few Latin ones; the
 * seating-chart view rendered to HTML and printed by Chromium, as `npm run export` does. Wall
 * time, and the CPU seconds Chromium spent (Linux). ZUOCI_BENCH_SMOKE=1: 30 tables.
 */
import { chromiumPrinter } from '../electron/services/export-pdf';
import { findBrowser } from '../electron/services/export-browser';
import { autoPlaceScene } from '../shared/engine';
import type { Plan } from '../shared/model/types';
import { renderDocument } from '../renderer/src/print/views';
import { measured } from './chromium-cpu';
import { hallPlan } from './engine.bench';

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'];
const GIVEN = ['伟', '芳', '振华', '晓明', '建国', '丽', '海燕', '志强', '敏', '文博', '静怡', '国栋', '欣'];
const LATIN = ['Thomas Müller', 'Anna Schmidt', 'Jean-Pierre Laurent'];

/** Two-, three- and four-character names (复姓 every 29th), and a Latin name every 41st. */
function nameAt(i: number): string {
  if (i % 41 === 7) return LATIN[i % LATIN.length]!;
  const surname = i % 29 === 3 ? '欧阳' : SURNAMES[i % SURNAMES.length]!;
  return surname + GIVEN[(i * 7) % GIVEN.length]!;
}

function namedHall(tables: number): Plan {
  const plan = hallPlan(tables);
  const named = { ...plan, people: plan.people.map((p, i) => ({ ...p, name: nameAt(i) })) };
  const { assignments } = autoPlaceScene(named, 's');
  return { ...named, scenes: [{ ...named.scenes[0]!, assignments }] };
}

export default async function run(report: (name: string, value: number, unit: string) => void) {
  const tables = process.env.ZUOCI_BENCH_SMOKE === '1' ? 30 : 300;
  const plan = namedHall(tables);
  const seated = plan.scenes[0]!.assignments.length;
  const printer = chromiumPrinter({ executablePath: findBrowser() });
  try {
    // The browser launch and the fonts are paid once per session (see place-cards.bench.ts).
    await printer.pdf(renderDocument(namedHall(2), { view: 'seating-chart' }, 'zh'));
    const t = performance.now();
    const html = renderDocument(plan, { view: 'seating-chart' }, 'zh');
    const rendered = (performance.now() - t) / 1000;
    const { value: pdf, seconds, chromiumCpu } = await measured(() => printer.pdf(html));
    report(`seating-chart: ${seated} people view to HTML`, rendered, 's');
    report(`seating-chart: ${seated} people to PDF, total`, rendered + seconds, 's');
    if (chromiumCpu !== undefined) report(`seating-chart: ${seated} people Chromium CPU`, chromiumCpu, 's');
    report(`seating-chart: ${seated} people PDF size`, pdf.length / 1024 / 1024, 'MB');
  } finally {
    await printer.close();
  }
}
