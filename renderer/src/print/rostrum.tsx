/**
 * The rostrum chart (主席台座次图) drawn as the audience sees it (RULES.md §3): the front row at
 * the bottom nearest the audience, and left and right as the audience's left and right — so the
 * seated people's right hand appears on the left. The order comes from the seats' real positions,
 * not from their labels, so it is right whatever way the rostrum is turned.
 */
import { translate, type Lang } from '../../../shared/i18n/translate';
import { kindOf } from '../../../shared/kinds';
import type { Plan, RostrumItem, Scene } from '../../../shared/model/types';
import { fontStack } from '../../../shared/output/fonts';
import { sheetOf } from '../../../shared/output/paper';
import { seatingItems } from '../../../shared/output/plan-data';
import { audienceView } from '../../../shared/output/rostrum';
import { Header, planMeta, sheetTitle, SIDE_FILL } from './chart';
import { emWidth } from '../../../shared/output/text-fit';
import { boxNameSize, LINE_HEIGHT, nameLines } from '../../../shared/output/chart-names';

const n = (v: number) => +v.toFixed(2);

export function RostrumPage({ plan, scene, lang, title }: { plan: Plan; scene: Scene; lang: Lang; title: string }) {
  const sheet = sheetOf('A4', 'landscape');
  const rostrums = seatingItems(plan, scene).filter((e) => kindOf(e.item).group === 'rostrum');
  const margin = 10;
  const usableW = sheet.w - 2 * margin;
  return (
    <>
      {rostrums.map((entry) => {
        const rows = audienceView(entry.item as RostrumItem, entry.seats);
        const widest = Math.max(1, ...rows.map((r) => r.seats.length));
        const boxW = Math.min(36, (usableW - 24) / widest - 2);
        const boxH = Math.min(20, boxW * 0.6);
        const rowGap = boxH + 10;
        const audienceY = sheet.h - margin - 22;
        // One size for every name on the rostrum (and one for the titles under them), as on the seating chart.
        const seated = rows.flatMap((r) => r.seats.flatMap((s) => (s.person ? [s.person] : [])));
        const size = boxNameSize(
          seated.map((p) => p.name),
          boxW,
          boxH * 0.62,
          6,
        );
        const subSize = Math.min(3, ...seated.map((p) => (p.title ? (boxW - 2) / Math.max(emWidth(p.title), 1) : 3)));
        return (
          <section key={entry.item.id} className="sheet chart" style={{ width: `${sheet.w}mm`, height: `${sheet.h}mm` }}>
            <svg
              xmlns="http://www.w3.org/2000/svg"
              width={`${sheet.w}mm`}
              height={`${sheet.h}mm`}
              viewBox={`0 0 ${sheet.w} ${sheet.h}`}
              fontFamily={fontStack('hei')}
            >
              <Header
                w={sheet.w}
                title={sheetTitle(plan, scene, title)}
                meta={planMeta(plan)}
                right={translate(lang, 'print.fromAudience')}
              />
              {rows.map((r) => {
                const y = audienceY - 14 - r.row * rowGap;
                const x0 = (sheet.w - r.seats.length * (boxW + 2)) / 2;
                return (
                  <g key={r.row} data-row={r.row}>
                    <text
                      x={n(x0 - 3)}
                      y={n(y + boxH / 2)}
                      fontSize={3.2}
                      textAnchor="end"
                      dominantBaseline="central"
                      fill="#555"
                    >
                      {translate(lang, 'print.row', { n: r.row })}
                    </text>
                    {r.seats.map((s, i) => {
                      const x = x0 + i * (boxW + 2);
                      const lines = s.person ? nameLines(s.person.name, size, boxW) : [translate(lang, 'print.empty')];
                      const sub = s.person?.title ?? '';
                      return (
                        <g key={s.label} data-seat={s.label} data-person={s.person?.id ?? ''}>
                          <rect
                            x={n(x)}
                            y={n(y)}
                            width={n(boxW)}
                            height={n(boxH)}
                            rx={1.5}
                            fill={s.person ? SIDE_FILL[s.person.side] : '#fff'}
                            stroke="#000"
                            strokeWidth={0.3}
                          />
                          {lines.map((line, li) => (
                            <text
                              key={li}
                              x={n(x + boxW / 2)}
                              y={n(y + boxH * 0.36 + (li - (lines.length - 1) / 2) * size * LINE_HEIGHT)}
                              fontSize={n(size)}
                              fontWeight={700}
                              textAnchor="middle"
                              dominantBaseline="central"
                            >
                              {line}
                            </text>
                          ))}
                          {sub ? (
                            <text
                              x={n(x + boxW / 2)}
                              y={n(y + boxH * 0.8)}
                              fontSize={n(subSize)}
                              textAnchor="middle"
                              dominantBaseline="central"
                              fill="#333"
                            >
                              {sub}
                            </text>
                          ) : null}
                        </g>
                      );
                    })}
                  </g>
                );
              })}
              <line x1={margin + 20} x2={sheet.w - margin - 20} y1={audienceY} y2={audienceY} stroke="#000" strokeWidth={0.6} />
              <text x={sheet.w / 2} y={audienceY + 8} fontSize={4.5} textAnchor="middle" fontWeight={700}>
                {`${translate(lang, 'print.audience')} · ${translate(lang, 'print.fromAudience')}`}
              </text>
              <path
                d={`M ${sheet.w / 2 - 70} ${audienceY + 14} l 0 -6 l -2 2 M ${sheet.w / 2 - 70} ${audienceY + 8} l 2 2 M ${sheet.w / 2 + 70} ${audienceY + 14} l 0 -6 l -2 2 M ${sheet.w / 2 + 70} ${audienceY + 8} l 2 2`}
                stroke="#000"
                strokeWidth={0.4}
                fill="none"
              />
            </svg>
          </section>
        );
      })}
    </>
  );
}
