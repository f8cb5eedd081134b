/**
 * 1,000 place cards to PDF (target ≤ 6 s, issue 15 part 8): the print view rendered to HTML, then
 * printed by Chromium (the same path as `npm run export` and browser mode). The browser launch is
 * timed apart: an officer pays it once per session. Names are the sample banquet's, repeated with
 * a serial so that every card differs. Besides wall time, the CPU seconds Chromium spent printing
 * (steadier than wall time on a loaded machine; Linux only).
 */
import { chromiumPrinter } from '../electron/services/export-pdf';
import { findBrowser } from '../electron/services/export-browser';
import { DEFAULT_CARD_OPTIONS, type CardOptions } from '../shared/output/cards';
import { renderDocument } from '../renderer/src/print/views';
import { banquetPlan } from '../test/unit/output/banquet';
import type { Plan } from '../shared/model/types';
import { measured } from './chromium-cpu';

function manyPeople(count: number): Plan {
  const base = banquetPlan();
  const people = Array.from({ length: count }, (_, i) => {
    const p = base.people[i % base.people.length]!;
    return { ...p, id: `bench_${i}`, name: i < base.people.length ? p.name : `${p.name}${(i % 9) + 1}` };
  });
  // No seats: the cards follow the people list.
  return { ...base, people, scenes: base.scenes.map((s) => ({ ...s, assignments: [] })) };
}

export default async function run(report: (name: string, value: number, unit: string) => void) {
  const smoke = process.env.ZUOCI_BENCH_SMOKE === '1';
  const count = smoke ? 20 : 1000;
  const plan = manyPeople(count);
  const printer = chromiumPrinter({ executablePath: findBrowser() });
  try {
    let t = performance.now();
    // Launch the browser and load the fonts once, as the first job of a session does.
    await printer.pdf(renderDocument(manyPeople(2), { view: 'place-cards', options: DEFAULT_CARD_OPTIONS, selection: {} }, 'zh'));
    report('place-cards: browser launch + first job', (performance.now() - t) / 1000, 's');
    for (const face of ['kai', 'hei'] as const) {
      const options: CardOptions = { ...DEFAULT_CARD_OPTIONS, face, subline: 'title' };
      t = performance.now();
      const html = renderDocument(plan, { view: 'place-cards', options, selection: {} }, 'zh');
      const rendered = (performance.now() - t) / 1000;
      const { value: pdf, seconds, chromiumCpu } = await measured(() => printer.pdf(html));
      report(`place-cards: ${count} cards (${face}) view to HTML`, rendered, 's');
      report(`place-cards: ${count} cards (${face}) to PDF, total`, rendered + seconds, 's');
      if (chromiumCpu !== undefined) report(`place-cards: ${count} cards (${face}) Chromium CPU`, chromiumCpu, 's');
      report(`place-cards: ${count} cards (${face}) PDF size`, pdf.length / 1024 / 1024, 'MB');
    }
  } finally {
    await printer.close();
  }
}
