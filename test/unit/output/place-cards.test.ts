import { afterAll, describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/translate';
import {
  cardsPerSheet,
  CARD_SIZES,
  DEFAULT_CARD_OPTIONS,
  placeCards,
  tableCards,
  type CardOptions,
} from '../../../shared/output/cards';
import { fitFontSize, nameLetterSpacing } from '../../../shared/output/text-fit';
import { renderDocument } from '../../../renderer/src/print/views';
import { chromiumPrinter } from '../../../electron/services/export-pdf';
import { banquetPlan } from './banquet';
import { keep, pdfFonts, pdfPages, pdfText, squash } from './pdf-tools';

const plan = banquetPlan();
const printer = chromiumPrinter({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
afterAll(() => printer.close());

const opts = (o: Partial<CardOptions> = {}): CardOptions => ({ ...DEFAULT_CARD_OPTIONS, ...o });

describe('place card content', () => {
  it('spaces two-character Chinese names only, by one em between the characters', () => {
    expect(nameLetterSpacing('张三')).toBe(1);
    expect(nameLetterSpacing(' 张三 ')).toBe(1);
    expect(nameLetterSpacing('欧阳振华')).toBe(0);
    expect(nameLetterSpacing('李四光')).toBe(0);
    expect(nameLetterSpacing('Li')).toBe(0);
    // 张三 one em apart is three em wide: the same size as 张三 with a gap character was.
    expect(fitFontSize('张三', 300, 1000, 1.15, 1)).toBe(100);
    expect(fitFontSize('张三', 300, 1000)).toBe(150);
  });

  it('lists seated people by table number, then seat', () => {
    const cards = placeCards(plan, {}, 'title');
    expect(cards).toHaveLength(90);
    const scene = plan.scenes[0]!;
    const main = scene.items.find((i) => i.kind === 'round-table' && i.number === 1)!;
    const first = scene.assignments.find((a) => a.itemId === main.id && a.seat === 'P')!;
    expect(cards[0]!.key).toBe(first.personId);
    expect(cards[0]!.subline).toBe(plan.people.find((p) => p.id === first.personId)!.title);
    expect(placeCards(plan, { itemId: main.id }, 'none')).toHaveLength(14);
    expect(placeCards(plan, { keys: [plan.people[5]!.id] }, 'none').map((c) => c.name)).toEqual([plan.people[5]!.name]);
  });

  it('fits several cards per sheet on A4 and A3', () => {
    expect(cardsPerSheet({ paper: 'A4', size: 'small' })).toBe(2);
    expect(cardsPerSheet({ paper: 'A3', size: 'small' })).toBe(4);
    expect(cardsPerSheet({ paper: 'A4', size: 'mini' })).toBe(4);
    expect(cardsPerSheet({ paper: 'A4', size: 'standard' })).toBe(1);
    expect(cardsPerSheet({ paper: 'A3', size: 'standard' })).toBe(2);
    expect(cardsPerSheet({ paper: 'A3', size: 'large' })).toBe(2);
  });

  it('turns the back face upside down and sizes the name to the card', () => {
    const html = renderDocument(
      plan,
      { view: 'place-cards', options: opts({ size: 'standard' }), selection: { keys: [plan.people[1]!.id] } },
      'zh',
    );
    expect(html).toMatch(/class="pc-face pc-back"[^>]*transform:rotate\(180deg\)/);
    expect(html).not.toMatch(/class="pc-face pc-front"[^>]*rotate/);
    // 赵艳 is the text, spaced by letter-spacing (no inserted character): three em across 200 mm
    // less padding, capped by the face height.
    expect(html).toContain('letter-spacing:1em;margin-right:-1em">赵艳</span>');
    expect(html).not.toContain('\u3000');
    const size = Number(/pc-name" style="font-size:([\d.]+)mm/.exec(html)![1]);
    expect(size).toBeGreaterThan(50);
    expect(size).toBeLessThanOrEqual((CARD_SIZES.standard.h * 0.84 * 0.92) / 1.15 + 0.01);
  });

  it('makes one table-number card per table someone sits at, the main table named', () => {
    const cards = tableCards(plan, undefined, 'zh');
    // Table 10, which the engine leaves empty (90 people, 104 seats), gets no card: no page for an empty table.
    expect(cards.map((c) => c.name)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(cards[0]!.subline).toBe(translate('zh', 'print.mainTable'));
  });
});

describe('place cards to PDF through Chromium', () => {
  it.each([
    ['kai', 'A4', 'small'],
    ['song', 'A3', 'small'],
    ['hei', 'A4', 'mini'],
  ] as const)('%s face on %s: every name, CJK font embedded, right page size', async (face, paper, size) => {
    const o = opts({ face, paper, size, subline: 'title', foldLine: face === 'hei' });
    const cards = placeCards(plan, {}, o.subline);
    const pdf = await printer.pdf(renderDocument(plan, { view: 'place-cards', options: o, selection: {} }, 'zh'));
    const file = keep(`place-cards-${face}-${paper}.pdf`, pdf, 2);

    const perSheet = cardsPerSheet(o);
    const pages = pdfPages(file);
    expect(pages.count).toBe(Math.ceil(cards.length / perSheet));
    const expected = paper === 'A4' ? (size === 'small' ? [210, 297] : [297, 210]) : [420, 297];
    for (const s of pages.sizes) {
      expect(s.w).toBeCloseTo(expected[0]!, 0);
      expect(s.h).toBeCloseTo(expected[1]!, 0);
    }

    const fonts = pdfFonts(file);
    const family = { kai: /LXGWWenKai/i, song: /NotoSerifSC/i, hei: /NotoSansSC/i }[face];
    const ours = fonts.filter((f) => family.test(f.name));
    expect(ours.length, JSON.stringify(fonts)).toBeGreaterThan(0);
    expect(ours.every((f) => f.embedded)).toBe(true);
    expect(fonts.every((f) => f.embedded)).toBe(true);

    // Each name is on the page twice (front face, and the back face upside down).
    const text = squash(pdfText(file));
    for (const card of cards) expect(text, card.name).toContain(squash(card.name));
    // The gap in a two-character name is spacing, not a character: 赵艳 are two glyphs in a row.
    // (pdftotext still writes a space for the visible one-em gap.)
    const raw = pdfText(file);
    expect(raw).not.toContain('\u3000');
    expect(raw).toMatch(/赵 *艳/);
  });

  it('prints the Latin line under the Chinese on both faces, in a Latin face; a Latin name alone is the main line', async () => {
    const byName = (name: string) => plan.people.find((p) => p.name === name)!;
    const [zhao, ouyang, other] = [byName('赵艳'), byName('欧阳振华'), plan.people[2]];
    const bilingual: typeof plan = {
      ...plan,
      people: plan.people.map((p) =>
        p.id === ouyang!.id ? { ...p, latinName: 'Thomas Müller' } : p.id === other!.id ? { ...p, name: 'Anna Schmidt' } : p,
      ),
    };
    const keys = [zhao!.id, ouyang!.id, other!.id];
    const o = opts({ face: 'kai', size: 'small', latin: 'pinyin', subline: 'title' });
    const cards = placeCards(bilingual, { keys }, o.subline, o.latin);
    expect(new Map(cards.map((c) => [c.name, c.latin]))).toEqual(
      new Map([
        ['赵艳', 'ZHAO Yan'],
        ['欧阳振华', 'Thomas Müller'],
        ['Anna Schmidt', undefined],
      ]),
    );
    const html = renderDocument(bilingual, { view: 'place-cards', options: o, selection: { keys } }, 'zh');
    expect(html).toMatch(/pc-name" style="[^"]*font-family:&quot;Noto Serif SC[^>]*><span>Anna Schmidt</);
    const file = keep('place-cards-latin.pdf', await printer.pdf(html), 2);
    const lines = pdfText(file)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    // Twice each: the front face and the back face.
    for (const latin of ['ZHAO Yan', 'Thomas Müller', 'Anna Schmidt'])
      expect(lines.filter((l) => l.includes(latin)).length, latin).toBe(2);
    const fonts = pdfFonts(file);
    expect(fonts.some((f) => /LXGWWenKai/i.test(f.name) && f.embedded)).toBe(true);
    expect(fonts.some((f) => /NotoSerifSC/i.test(f.name) && f.embedded)).toBe(true);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    // Without the option, no Latin line at all.
    expect(placeCards(bilingual, { keys }, 'none', 'none').every((c) => c.latin === undefined)).toBe(true);
  });

  it('prints 1,000 cards in order, two to a sheet, each name whole on both faces of its own sheet', async () => {
    // Every name differs (a serial after the sample's names), so a card on the wrong sheet is seen.
    const people = Array.from({ length: 1000 }, (_, i) => {
      const p = plan.people[i % plan.people.length]!;
      return { ...p, id: `many_${i}`, name: `${p.name}${i + 1}`, latinName: undefined };
    });
    const many = { ...plan, people, scenes: plan.scenes.map((s) => ({ ...s, assignments: [] })) };
    const o = opts({ face: 'kai', paper: 'A4', size: 'small', subline: 'none', latin: 'none' });
    const cards = placeCards(many, {}, o.subline, o.latin);
    // Without seats the cards follow the people list.
    expect(cards.map((c) => c.name)).toEqual(people.map((p) => p.name));
    const file = keep(
      'place-cards-1000.pdf',
      await printer.pdf(renderDocument(many, { view: 'place-cards', options: o, selection: {} }, 'zh')),
      0,
    );

    expect(pdfPages(file).count).toBe(500);
    // pdftotext ends each page with a form feed and reads the upside-down back face upright:
    // per sheet, top to bottom, the first card's back and front, then the second card's.
    const sheets = pdfText(file).split('\f').slice(0, -1);
    expect(sheets).toHaveLength(500);
    sheets.forEach((sheet, i) => {
      const lines = sheet.split('\n').map(squash).filter(Boolean);
      const [a, b] = [cards[2 * i]!, cards[2 * i + 1]!].map((c) => squash(c.name));
      expect(lines, `sheet ${i + 1}`).toEqual([a, a, b, b]);
    });
  });

  it('prints the calibration page and table-number cards', async () => {
    const cal = keep(
      'calibration.pdf',
      await printer.pdf(renderDocument(plan, { view: 'calibration', options: opts({ offsetX: 1.5, offsetY: -2 }) }, 'zh')),
    );
    expect(squash(pdfText(cal))).toContain(squash(translate('zh', 'print.calibration.title')));
    expect(squash(pdfText(cal))).toContain('1.5');
    const tables = keep(
      'table-cards.pdf',
      await printer.pdf(renderDocument(plan, { view: 'table-cards', options: opts({ face: 'hei', size: 'standard' }) }, 'zh')),
    );
    expect(pdfPages(tables).count).toBe(9);
    expect(squash(pdfText(tables))).toContain(translate('zh', 'print.mainTable'));
  });
});
