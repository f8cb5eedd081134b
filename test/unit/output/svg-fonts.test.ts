import { convert } from 'fontverter';
import { Blob as HbBlob, Face } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { embedSvgFonts, slicesOf, textByFace, unicodeRange } from '../../../electron/services/svg-fonts';
import { standaloneSvg } from '../../../renderer/src/print/document';
import { DEFAULT_CARD_OPTIONS } from '../../../shared/output/cards';
import { jobFor, PRINT_VIEWS, renderView, sceneFor } from '../../../renderer/src/print/views';
import { servicesPerTest } from '../../helpers/services';
import { banquetPlan, visitPlan } from './banquet';

/** Each embedded face of a saved .svg: its weight, its declared range and the characters its cmap really maps. */
async function embeddedFaces(svg: string) {
  const faces = [];
  // One at a time: HarfBuzz's faces share one WebAssembly heap, and read in parallel they came back empty.
  for (const [, rule] of svg.matchAll(/@font-face\{([^}]*)\}/g)) {
    const woff2 = Buffer.from(/base64,([A-Za-z0-9+/=]+)/.exec(rule!)![1]!, 'base64');
    const face = new Face(new HbBlob(new Uint8Array(await convert(woff2, 'sfnt'))));
    faces.push({
      family: /font-family:'([^']+)'/.exec(rule!)![1]!,
      weight: Number(/font-weight:(\d+)/.exec(rule!)![1]),
      range: /unicode-range:([^;}]+)/.exec(rule!)![1]!,
      cmap: new Set([...face.collectUnicodes()].map((c) => String.fromCodePoint(c))),
    });
  }
  return faces;
}

describe('which text a chart draws in which face', () => {
  it('follows font-family and font-weight down the tree, decodes entities and keeps spaces', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" font-family="&quot;Noto Sans SC&quot;, SimHei, sans-serif">' +
      '<text font-weight="700">主宾 A&amp;B</text><g><text>赵&#x27;艳<tspan font-weight="bold">刘</tspan></text></g>' +
      '<g font-family="serif"><text>不在此</text></g><text>&#26472;</text><rect width="1"/></svg>';
    const found = textByFace(svg).map((t) => [t.face.family, t.weight, [...t.chars].sort().join('')]);
    expect(found).toEqual([
      ['Noto Sans SC', 700, [...'主宾 A&B刘'].sort().join('')],
      ['Noto Sans SC', 400, [..."赵'艳杨"].sort().join('')],
    ]);
  });

  it('reads @fontsource slices and writes the smallest unicode-range', () => {
    const css =
      "@font-face {\n  font-family: 'Noto Sans SC';\n  src: url(./files/a-4-400-normal.woff2) format('woff2'), url(./files/a-4-400-normal.woff) format('woff');\n  unicode-range: U+4e00-4e0f,U+20;\n}";
    expect(slicesOf(css)).toEqual([
      {
        file: 'a-4-400-normal.woff2',
        ranges: [
          [0x4e00, 0x4e0f],
          [0x20, 0x20],
        ],
      },
    ]);
    expect(unicodeRange([0x4e0b, 0x20, 0x4e09, 0x4e0a, 0x4e00])).toBe('U+20,U+4e00,U+4e09-4e0b');
  });
});

describe('the standalone .svg', () => {
  const services = servicesPerTest();
  const plan = banquetPlan();
  const bare = standaloneSvg(renderView(plan, { view: 'seating-chart' }, 'zh'));

  it('embeds, per weight, a subset holding every character of every name and heading', async () => {
    const result = await dispatch(services().handlers, 'export.svg', { svg: bare });
    if (!result.ok) throw new Error(result.error.message);
    const { svg } = result.value as { svg: string };
    // The picture is unchanged: only the style is added, first inside the <svg>.
    const style = /<style>[^<]*<\/style>/.exec(svg)![0];
    expect(svg.replace(style, '')).toBe(bare);
    expect(svg.indexOf('<style>')).toBe(svg.indexOf('>', svg.indexOf('<svg')) + 1);

    const faces = await embeddedFaces(svg);
    expect(new Set(faces.map((f) => f.family))).toEqual(new Set(['Noto Sans SC']));
    const covered = (weight: number) => new Set(faces.filter((f) => f.weight === weight).flatMap((f) => [...f.cmap]));
    const regular = covered(400);
    const bold = covered(700);
    // Names are regular, hosting roles bold: each character is in a face of one weight or the other.
    for (const p of plan.people) for (const ch of p.name) expect(regular.has(ch) || bold.has(ch), `${p.name}: ${ch}`).toBe(true);
    // The title is bold; the header line, seat count, legend and scale regular.
    for (const ch of `${plan.name}座次图`) expect(bold.has(ch), ch).toBe(true);
    for (const ch of `${plan.organisation} ${plan.startDate} 90 人 主方客方入口比例 1:100`)
      expect(regular.has(ch), ch).toBe(true);
    // Each subset holds every character its unicode-range claims, so the browser never asks one in vain.
    for (const f of faces) {
      const declared = f.range.split(',').flatMap((r) => {
        const [lo, hi = lo] = r
          .replace('U+', '')
          .split('-')
          .map((h) => parseInt(h, 16)) as [number, number?];
        return Array.from({ length: hi - lo + 1 }, (_, i) => String.fromCodePoint(lo + i));
      });
      for (const c of declared) expect(f.cmap.has(c), `U+${c.codePointAt(0)!.toString(16)}`).toBe(true);
    }
    // Small: the 10-table banquet grows from about 32 KB to about 108 KB, not by whole font slices (MBs).
    expect(svg.length).toBeLessThan(bare.length + 150_000);
  });

  it('embeds the faces of every view that saves as .svg (meeting room, rostrum)', async () => {
    const visit = visitPlan();
    const views = PRINT_VIEWS.filter((v) => v.saves.includes('svg') && sceneFor(visit, v.scenes, undefined));
    expect(views.map((v) => v.id)).toEqual(['seating-chart', 'meeting', 'rostrum']);
    for (const v of views) {
      const svg = await embedSvgFonts(standaloneSvg(renderView(visit, jobFor(v.id, { options: DEFAULT_CARD_OPTIONS }), 'zh')));
      // Every character between tags but the style's: what the viewer draws.
      const text = svg.replace(/<style>[^<]*<\/style>/, '').matchAll(/>([^<]+)</g);
      const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'" };
      const drawn = new Set(
        [...text]
          .flatMap(([, t]) => [...t!.replace(/&(amp|lt|gt|quot|#x27);/g, (_, e: string) => entities[e]!)])
          .filter((c) => c.trim() !== ''),
      );
      expect(drawn.size, v.id).toBeGreaterThan(20);
      const cmaps = new Set((await embeddedFaces(svg)).flatMap((f) => [...f.cmap]));
      expect(
        [...drawn].filter((c) => !cmaps.has(c)),
        v.id,
      ).toEqual([]);
    }
  });

  it('leaves an SVG alone whose text uses none of the bundled faces', async () => {
    const plain = '<svg xmlns="http://www.w3.org/2000/svg"><text font-family="serif">座次</text></svg>';
    expect(await embedSvgFonts(plain)).toBe(plain);
  });

  it('refuses an empty request, naming the field', async () => {
    const bad = await dispatch(services().handlers, 'export.svg', { svg: '' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect((bad as { error: { message: string } }).error.message).toMatch(/svg/);
  });
});
