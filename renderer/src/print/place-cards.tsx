/**
 * Place cards (席卡/桌签) and table-number cards (桌号牌): tent cards folded along the middle.
 * Each card is printed unfolded: the front face on the lower half, the back face on the upper half
 * turned upside down, so that once folded both faces read the right way up.
 */
import type { CSSProperties, ReactNode } from 'react';
import { translate, type Lang } from '../../../shared/i18n/translate';
import { CARD_SIZES, cardGrid, type Card, type CardOptions } from '../../../shared/output/cards';
import { fontStack, FACES, LATIN_FACE, type FaceId } from '../../../shared/output/fonts';
import { chunk } from '../../../shared/output/paper';
import { isChineseName } from '../../../shared/output/latin-line';
import { fitFontSize, nameLetterSpacing } from '../../../shared/output/text-fit';

/** Cut marks start 1 mm off the card and are 2.8 mm long: inside the gap between cards (cards.ts). */
const MARK_OFFSET_MM = 1;
const MARK_LENGTH_MM = 2.8;

const mm = (v: number) => `${+v.toFixed(3)}mm`;

function Face({ card, w, h, face, upsideDown }: { card: Card; w: number; h: number; face: FaceId; upsideDown: boolean }) {
  const f = FACES[face];
  const padX = w * 0.06;
  const padY = h * 0.08;
  const innerW = w - 2 * padX;
  const innerH = h - 2 * padY;
  const subH = card.subline ? innerH * 0.24 : 0;
  const latinH = card.latin ? innerH * 0.2 : 0;
  const big = card.name.trim();
  // A foreign guest's Latin name as the main line is set in the Latin face, like the Latin line.
  const nameFace = card.kind === 'person' && !isChineseName(big) ? LATIN_FACE[face] : face;
  const spacing = card.kind === 'person' ? nameLetterSpacing(big) : 0;
  const nameSize = fitFontSize(big, innerW, (innerH - subH - latinH) * (card.kind === 'table' ? 1.05 : 0.92), 1.15, spacing);
  const subSize = card.subline ? fitFontSize(card.subline, innerW, subH, 1.2) : 0;
  const latinSize = card.latin ? fitFontSize(card.latin, innerW, latinH, 1.2) : 0;
  const style: CSSProperties = {
    width: mm(w),
    height: mm(h),
    top: upsideDown ? 0 : mm(h),
    fontFamily: fontStack(face),
    padding: `${mm(padY)} ${mm(padX)}`,
    ...(upsideDown ? { transform: 'rotate(180deg)' } : {}),
  };
  return (
    <div className={`pc-face${upsideDown ? ' pc-back' : ' pc-front'}`} style={style}>
      {card.subline ? (
        <div className="pc-sub" style={{ height: mm(subH), fontSize: mm(subSize), fontWeight: f.textWeight }}>
          {card.subline}
        </div>
      ) : null}
      <div
        className="pc-name"
        style={{ fontSize: mm(nameSize), fontFamily: fontStack(nameFace), fontWeight: FACES[nameFace].nameWeight }}
      >
        {/* The spacing also follows the last character; the negative margin takes it back so the name stays centred. */}
        <span style={spacing ? { letterSpacing: `${spacing}em`, marginRight: `${-spacing}em` } : undefined}>{big}</span>
      </div>
      {card.latin ? (
        <div
          className="pc-latin"
          style={{
            height: mm(latinH),
            fontSize: mm(latinSize),
            fontFamily: fontStack(LATIN_FACE[face]),
            fontWeight: FACES[LATIN_FACE[face]].textWeight,
          }}
        >
          {card.latin}
        </div>
      ) : null}
    </div>
  );
}

function Line({ x, y, w, h, cls }: { x: number; y: number; w: number; h: number; cls: string }) {
  return <div className={cls} style={{ left: mm(x), top: mm(y), width: mm(w), height: mm(h) }} />;
}

/** Marks are 0.2 mm lines; a line's centre sits 0.1 mm inside the mark's edge, as the 0.2 mm borders drew it. */
const MARK_WIDTH_MM = 0.2;
const at = (v: number) => +v.toFixed(3);
const across = (x: number, y: number, l: number) => `M${at(x)} ${at(y + MARK_WIDTH_MM / 2)}h${l}`;
const down = (x: number, y: number, l: number) => `M${at(x + MARK_WIDTH_MM / 2)} ${at(y)}v${l}`;

/** Crop marks at the four corners of a card and fold ticks at both ends of its fold, all outside the card. */
function cardMarks({ x, y, w, h }: { x: number; y: number; w: number; h: number }): { cuts: string; folds: string } {
  const o = MARK_OFFSET_MM;
  const l = MARK_LENGTH_MM;
  let cuts = '';
  for (const [cx, left] of [
    [x, true],
    [x + w, false],
  ] as const) {
    for (const [cy, top] of [
      [y, true],
      [y + h, false],
    ] as const) {
      cuts += across(left ? cx - o - l : cx + o, cy, l) + down(cx, top ? cy - o - l : cy + o, l);
    }
  }
  return { cuts, folds: across(x - o - l, y + h / 2, l) + across(x + w + o, y + h / 2, l) };
}

/**
 * A sheet's cut marks and fold ticks as one SVG of two paths, in mm. As boxes (ten per card)
 * each mark was a positioned box that Chromium laid out and painted on its own, a large part of
 * the print time of 1,000 cards.
 */
function SheetMarks({
  cards,
  sheet,
}: {
  cards: { x: number; y: number; w: number; h: number }[];
  sheet: { w: number; h: number };
}) {
  const marks = cards.map(cardMarks);
  return (
    <svg className="pc-marks" width={mm(sheet.w)} height={mm(sheet.h)} viewBox={`0 0 ${sheet.w} ${sheet.h}`}>
      <path className="pc-cut" d={marks.map((m) => m.cuts).join('')} strokeWidth={MARK_WIDTH_MM} />
      <path className="pc-fold-tick" d={marks.map((m) => m.folds).join('')} strokeWidth={MARK_WIDTH_MM} />
    </svg>
  );
}

/**
 * The printer offset moves everything on the sheet. Without one there is no transform: a
 * transform is a layer of its own, which the print pays for on every sheet.
 */
function SheetOffset({ options, children }: { options: CardOptions; children: ReactNode }) {
  const moved = options.offsetX !== 0 || options.offsetY !== 0;
  const style = moved ? { transform: `translate(${mm(options.offsetX)}, ${mm(options.offsetY)})` } : undefined;
  return (
    <div className="sheet-offset" style={style}>
      {children}
    </div>
  );
}

/** The sheets of cards, one <section> per printed page. */
export function CardSheets({ cards, options }: { cards: Card[]; options: CardOptions }) {
  const grid = cardGrid(options);
  if (!grid) return null;
  const { w, h } = CARD_SIZES[options.size];
  const pages = chunk(cards, grid.cols * grid.rows);
  return (
    <>
      {pages.map((page, p) => {
        const placed = page.map((card, i) => ({
          card,
          x: grid.x0 + (i % grid.cols) * grid.dx,
          y: grid.y0 + Math.floor(i / grid.cols) * grid.dy,
        }));
        return (
          <section key={p} className="sheet" style={{ width: mm(grid.sheet.w), height: mm(grid.sheet.h) }} data-page={p + 1}>
            <SheetOffset options={options}>
              {placed.map(({ card, x, y }) => (
                <div
                  key={card.key}
                  className="pc-card"
                  data-card={card.key}
                  style={{ left: mm(x), top: mm(y), width: mm(w), height: mm(2 * h) }}
                >
                  <Face card={card} w={w} h={h} face={options.face} upsideDown />
                  <Face card={card} w={w} h={h} face={options.face} upsideDown={false} />
                  {options.foldLine ? <div className="pc-fold-line" style={{ top: mm(h) }} /> : null}
                </div>
              ))}
              <SheetMarks cards={placed.map(({ x, y }) => ({ x, y, w, h: 2 * h }))} sheet={grid.sheet} />
            </SheetOffset>
          </section>
        );
      })}
    </>
  );
}

/**
 * The printer calibration page: lines printed at known distances from the paper's edges. The
 * officer measures where they land and enters the difference as the offset.
 */
export function CalibrationSheet({ options, lang }: { options: CardOptions; lang: Lang }) {
  const grid = cardGrid(options);
  const sheet = grid?.sheet ?? { w: 210, h: 297 };
  const at = 30;
  const ticks = Array.from({ length: 11 }, (_, i) => i);
  return (
    <section className="sheet calibration" style={{ width: mm(sheet.w), height: mm(sheet.h) }}>
      <SheetOffset options={options}>
        <Line cls="cal-line v" x={at} y={10} w={0} h={sheet.h - 20} />
        <Line cls="cal-line h" x={10} y={at} w={sheet.w - 20} h={0} />
        {ticks.map((i) => (
          <Line key={`tx${i}`} cls="cal-tick v" x={at + i * 2} y={at - (i % 5 === 0 ? 4 : 2)} w={0} h={i % 5 === 0 ? 4 : 2} />
        ))}
        {ticks.map((i) => (
          <Line key={`ty${i}`} cls="cal-tick h" x={at - (i % 5 === 0 ? 4 : 2)} y={at + i * 2} w={i % 5 === 0 ? 4 : 2} h={0} />
        ))}
        <div className="cal-text" style={{ left: mm(at + 8), top: mm(at + 8), width: mm(sheet.w - at - 30) }}>
          <h1>{translate(lang, 'print.calibration.title')}</h1>
          <p>{translate(lang, 'print.calibration.howX', { mm: at })}</p>
          <p>{translate(lang, 'print.calibration.howY', { mm: at })}</p>
          <p>{translate(lang, 'print.calibration.current', { x: options.offsetX, y: options.offsetY })}</p>
        </div>
      </SheetOffset>
    </section>
  );
}
