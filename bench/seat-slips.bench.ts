/**
 * 5,000 seat slips to PDF (issue 16, target ≤ 30 s): the canvas benchmark's 5,000-seat hall
 * seated by 200 units, with a door behind it and one on each side so every slip names its
 * entrance, rendered to HTML by the print view and printed by Chromium (the path of
 * `npm run export` and the preview's Save PDF). The browser launch is timed apart, as for the
 * place cards. ZUOCI_BENCH_SMOKE=1: a 500-seat hall.
 */
import { chromiumPrinter } from '../electron/services/export-pdf';
import { findBrowser } from '../electron/services/export-browser';
import { applyCommand } from '../shared/commands/commands';
import { seatSlips } from '../shared/output/seat-slips';
import { make } from '../shared/templates';
import { renderDocument } from '../renderer/src/print/views';
import { meetingCase } from './canvas.bench';

export default async function run(report: (name: string, value: number, unit: string) => void) {
  const smoke = process.env.ZUOCI_BENCH_SMOKE === '1';
  const { plan: seated } = meetingCase(smoke ? 5 : 50);
  let n = 0;
  const makeId = (prefix: string) => `${prefix}_bench_${n++}`;
  // The hall faces up from (0, 0): doors behind the last row and on either side.
  const plan = applyCommand(seated, {
    type: 'item/add',
    sceneId: 'hall',
    items: [
      make.door(makeId, { x: 0, y: 50, rotation: -90 }),
      make.door(makeId, { x: -40, y: 20, rotation: 0 }),
      make.door(makeId, { x: 40, y: 20, rotation: 180 }),
    ],
  });
  const count = seatSlips(plan, plan.scenes[0]!, 'zh').length;
  const job = { view: 'seat-slips' as const, sceneId: 'hall' };
  const printer = chromiumPrinter({ executablePath: findBrowser() });
  try {
    let t = performance.now();
    await printer.pdf(renderDocument(plan, { ...job, slips: { keys: plan.people.slice(0, 8).map((p) => p.id) } }, 'zh'));
    report('seat-slips: browser launch + first job', (performance.now() - t) / 1000, 's');
    t = performance.now();
    const html = renderDocument(plan, job, 'zh');
    report(`seat-slips: ${count} slips view to HTML`, (performance.now() - t) / 1000, 's');
    const pdf = await printer.pdf(html);
    report(`seat-slips: ${count} slips to PDF, total`, (performance.now() - t) / 1000, 's');
    report(`seat-slips: ${count} slips PDF size`, pdf.length / 1024 / 1024, 'MB');
  } finally {
    await printer.close();
  }
}
