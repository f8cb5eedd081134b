import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../../electron/services/export-pdf';
import { elevatorOrders } from '../../../shared/output/elevator';
import { seatingItems } from '../../../shared/output/plan-data';
import { audienceView } from '../../../shared/output/rostrum';
import { principals } from '../../../shared/output/summary';
import { renderDocument, renderView, type PrintJob } from '../../../renderer/src/print/views';
import { translate } from '../../../shared/i18n/translate';
import type { CarItem, RostrumItem, Scene } from '../../../shared/model/types';
import { NAME_MIN_MM } from '../../../shared/output/chart-names';
import { isWide } from '../../../shared/output/text-fit';
import { visitPlan } from './banquet';
import { keep, pdfPages, pdfText, pdfWords, squash, wordsOf } from './pdf-tools';

const plan = visitPlan();
const scene = (kind: Scene['kind']) => plan.scenes.find((s) => s.kind === kind)!;
const printer = chromiumPrinter({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
afterAll(() => printer.close());

async function print(name: string, job: PrintJob) {
  const view = renderView(plan, job, 'zh');
  const file = keep(name, await printer.pdf(renderDocument(plan, job, 'zh')), 1);
  const pages = pdfPages(file);
  for (const s of pages.sizes) {
    expect(s.w).toBeCloseTo(view.page.w, 0);
    expect(s.h).toBeCloseTo(view.page.h, 0);
  }
  return { file, text: pdfText(file), pages };
}

const names = (ids: string[]) => ids.map((id) => plan.people.find((p) => p.id === id)!.name);

describe('rostrum chart, as seen from the audience', () => {
  it('puts the seated people’s right hand on the audience’s left, however the rostrum is turned', () => {
    const s = scene('meeting');
    const entry = seatingItems(plan, s).find((e) => e.item.kind === 'rostrum')!;
    for (const rotation of [90, 0, 180, -90, 35]) {
      const item = { ...(entry.item as RostrumItem), rotation };
      const turned = seatingItems(plan, { ...s, items: s.items.map((i) => (i.id === item.id ? item : i)) }).find(
        (e) => e.item.id === item.id,
      )!;
      expect(audienceView(item, turned.seats)[0]!.seats.map((x) => x.label)).toEqual([
        '1:1',
        '1:2',
        '1:3',
        '1:4',
        '1:5',
        '1:6',
        '1:7',
      ]);
    }
  });

  it('prints RULES.md §3’s government order 7 5 3 1 2 4 6 left to right', async () => {
    const s = scene('meeting');
    // The engine seats No. 1 first, then No. 2 …: the assignment list is in precedence order.
    const byRank = s.assignments.map((a) => a.personId);
    const entry = seatingItems(plan, s).find((e) => e.item.kind === 'rostrum')!;
    const seen = audienceView(entry.item as RostrumItem, entry.seats)[0]!.seats.map((x) => byRank.indexOf(x.person!.id) + 1);
    expect(seen).toEqual([7, 5, 3, 1, 2, 4, 6]);
    const { text, file } = await print('rostrum.pdf', { view: 'rostrum' });
    expect(text).toContain(translate('zh', 'print.fromAudience'));
    // Left to right on the page, by where each name (on one line or wrapped) starts.
    const words = pdfWords(file);
    const left = (name: string) => wordsOf(name, words)![0]!.x0;
    const order = names(entry.seats.map((x) => x.person!.id)).sort((a, b) => left(a) - left(b));
    expect(order).toEqual(audienceView(entry.item as RostrumItem, entry.seats)[0]!.seats.map((x) => x.person!.name));
  });
});

describe('rostrum chart names', () => {
  it('sets every name at one size, whole, never below 8 pt', async () => {
    const entry = seatingItems(plan, scene('meeting')).find((e) => e.item.kind === 'rostrum')!;
    const file = keep('rostrum-names.pdf', await printer.pdf(renderDocument(plan, { view: 'rostrum' }, 'zh')), 0);
    const words = pdfWords(file);
    const found = entry.seats.flatMap((x) => (x.person ? [x.person.name] : [])).map((name) => wordsOf(name, words));
    expect(found.length).toBeGreaterThan(1);
    for (const f of found) expect(f).toBeDefined();
    // Box heights follow the font size: one size is one height (the titles under them are smaller).
    const heights = found.flatMap((f) => f!.map((w) => w.y1 - w.y0));
    expect(Math.max(...heights) - Math.min(...heights)).toBeLessThan(0.1);
    const cjk = found.flatMap((f) => f!.filter((w) => [...w.text].every(isWide)));
    for (const w of cjk) expect((w.x1 - w.x0) / [...w.text].length).toBeGreaterThanOrEqual((NAME_MIN_MM * 72) / 25.4 - 0.05);
  });
});

describe('car sheet, elevator order, meeting chart, summary', () => {
  it('lists each car with number, plate, driver, phone and every passenger', async () => {
    const { text } = await print('cars.pdf', { view: 'cars' });
    const flat = squash(text);
    for (const car of scene('car').items as CarItem[]) {
      for (const fact of [car.plate!, car.driverName!, car.driverPhone!]) expect(flat).toContain(squash(fact));
      expect(flat).toContain(translate('zh', 'print.car', { n: car.number! }));
    }
    for (const a of scene('car').assignments) expect(flat).toContain(squash(names([a.personId])[0]!));
  });

  it('gives the boarding and leaving order: with no attendant the host boards first and leaves last', async () => {
    const s = scene('elevator');
    const [order] = elevatorOrders(plan, s);
    expect(order!.enter).toHaveLength(4);
    expect(order!.enter[0]!.side).toBe('host');
    expect(order!.exit.at(-1)!.id).toBe(order!.enter[0]!.id);
    const { text } = await print('elevator.pdf', { view: 'elevator' });
    const flat = squash(text);
    expect(flat).toContain(translate('zh', 'print.enter'));
    // The boarding table lists the riders in order.
    const positions = order!.enter.map((p) => flat.indexOf(squash(p.name)));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('draws the talks room to scale with every participant', async () => {
    const { file, text } = await print('meeting.pdf', { view: 'meeting' });
    const flat = squash(text);
    // Each name whole, on one line or wrapped onto two inside its seat.
    const words = pdfWords(file);
    for (const a of scene('talks').assignments) expect(wordsOf(names([a.personId])[0]!, words)).toBeDefined();
    expect(flat).toMatch(/比例1:\d+/);
  });

  it('sums up on one page where each principal sits in every scene', async () => {
    const { text, pages } = await print('summary.pdf', { view: 'summary' });
    expect(pages.count).toBe(1);
    const flat = squash(text);
    for (const p of principals(plan)) expect(flat).toContain(squash(p.name));
    for (const s of plan.scenes) expect(flat).toContain(squash(s.name));
  });
});
