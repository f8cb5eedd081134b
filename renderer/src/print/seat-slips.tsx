/**
 * 座位通知单: eight slips to an A4 sheet (two across, four down), dashed cut lines between them
 * running off the sheet's edges, each slip the meeting, the delegate's name and unit, the zone, the
 * seat (block, row and number) large, and the entrance (shared/output/seat-slips.ts).
 */
import { translate, type Lang } from '../../../shared/i18n/translate';
import { chunk, sheetOf } from '../../../shared/output/paper';
import { seatSlips, slipMeeting, type SeatSlip, type SlipChoice } from '../../../shared/output/seat-slips';
import { fitFontSize } from '../../../shared/output/text-fit';
import type { Plan, Scene } from '../../../shared/model/types';

const ACROSS = 2;
const DOWN = 4;
const PAD = 7;
const mm = (v: number) => `${+v.toFixed(3)}mm`;

function Slip({ slip, meeting, w, h, lang }: { slip: SeatSlip; meeting: string; w: number; h: number; lang: Lang }) {
  const inner = w - 2 * PAD;
  return (
    <div className="slip" data-person={slip.name} style={{ width: mm(w), height: mm(h), padding: mm(PAD) }}>
      <div className="slip-head">
        <span className="slip-meeting">{meeting}</span>
        <span className="slip-title">{translate(lang, 'slip.title')}</span>
      </div>
      <div className="slip-name" style={{ fontSize: mm(fitFontSize(slip.name, inner * 0.9, 12)) }}>
        {slip.name}
      </div>
      <div className="slip-unit">{[slip.unit, slip.title].filter(Boolean).join(' · ')}</div>
      <div className="slip-area">{slip.area}</div>
      <div className="slip-seat">
        <span className="slip-label">{translate(lang, 'slip.seat')}</span>
        <span style={{ fontSize: mm(Math.min(6.5, fitFontSize(slip.seat, inner - 14, 9))) }}>{slip.seat}</span>
      </div>
      {slip.entrance ? (
        <div className="slip-entrance">
          <span className="slip-label">{translate(lang, 'slip.entrance')}</span>
          <span>{slip.entrance}</span>
        </div>
      ) : null}
    </div>
  );
}

export function SeatSlipSheets({ plan, scene, lang, choice }: { plan: Plan; scene: Scene; lang: Lang; choice?: SlipChoice }) {
  const sheet = sheetOf('A4', 'portrait');
  const w = sheet.w / ACROSS;
  const h = sheet.h / DOWN;
  const meeting = slipMeeting(plan, scene);
  return (
    <>
      {chunk(seatSlips(plan, scene, lang, choice), ACROSS * DOWN).map((page, pi) => (
        <section key={pi} className="sheet slip-page" style={{ width: mm(sheet.w), height: mm(sheet.h) }}>
          {page.map((slip, i) => (
            <div key={slip.key} className="slip-cell" style={{ left: mm((i % ACROSS) * w), top: mm(Math.floor(i / ACROSS) * h) }}>
              <Slip slip={slip} meeting={meeting} w={w} h={h} lang={lang} />
            </div>
          ))}
          {/* Cut lines between the slips, edge to edge so a guillotine can follow them: one drawing
              a sheet (a bordered box per line cost Chromium twice the time of the slips' text). */}
          <svg className="slip-cuts" width={mm(sheet.w)} height={mm(sheet.h)} viewBox={`0 0 ${sheet.w} ${sheet.h}`}>
            {Array.from({ length: ACROSS - 1 }, (_, i) => (
              <line key={`v${i}`} x1={(i + 1) * w} y1={0} x2={(i + 1) * w} y2={sheet.h} />
            ))}
            {Array.from({ length: DOWN - 1 }, (_, i) => (
              <line key={`h${i}`} x1={0} y1={(i + 1) * h} x2={sheet.w} y2={(i + 1) * h} />
            ))}
          </svg>
        </section>
      ))}
    </>
  );
}
