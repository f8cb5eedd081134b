/**
 * A 3,000-person seating chart to PDF (issue 15): 300 ten-seat tables, every seat taken, the chart
 * tiled over A4 at one legible name size with its key map. The view rendered to HTML (the chart's
 * layout: scale, name size, pages) and the HTML printed by Chromium are timed apart; the browser
 * launch is paid once by a warm-up job, as in a session; beside wall time, the CPU seconds
 * Chromium spent (Linux). Also the 1,500-seat meeting hall.
 * ZUOCI_BENCH_SMOKE=1: 30 tables and the 500-seat hall.
 */
import { findBrowser } from '../electron/services/export-browser';
import { chromiumPrinter } from '../electron/services/export-pdf';
import { renderDocument } from '../renderer/src/print/views';
import type { Plan } from '../shared/model/types';
import { banquetPlan } from '../test/unit/output/banquet';
import { largeBanquet, largeHall } from '../test/unit/output/large-plans';
import { measured } from './chromium-cpu';

/** Pages of a PDF Chromium wrote: each page object is typed /Page. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

export default async function run(report: (name: string, value: number, unit: string) => void) {
  const smoke = process.env.ZUOCI_BENCH_SMOKE === '1';
  const cases: [string, Plan][] = smoke
    ? [
        ['300 people', largeBanquet(30)],
        ['hall 480 people', largeHall('meeting-hall-500', 480)],
      ]
    : [
        ['3000 people', largeBanquet(300)],
        ['hall 1500 people', largeHall('meeting-hall-1500', 1500)],
      ];
  const printer = chromiumPrinter({ executablePath: findBrowser() });
  try {
    await printer.pdf(renderDocument(banquetPlan(), { view: 'seating-chart' }, 'zh'));
    for (const [name, plan] of cases) {
      const t = performance.now();
      const html = renderDocument(plan, { view: 'seating-chart' }, 'zh');
      const rendered = performance.now() - t;
      const { value: pdf, chromiumCpu } = await measured(() => printer.pdf(html));
      report(`seating-chart: ${name} view to HTML`, rendered / 1000, 's');
      report(`seating-chart: ${name} to PDF, total`, (performance.now() - t) / 1000, 's');
      if (chromiumCpu !== undefined) report(`seating-chart: ${name} Chromium CPU`, chromiumCpu, 's');
      report(`seating-chart: ${name} pages`, pageCount(pdf), 'pages');
    }
  } finally {
    await printer.close();
  }
}
