/** 会场座区: blocks of rows between aisles, zones tinted, row numbers at both ends of every row. */
import type { ReactNode } from 'react';
import { parseHallLabel } from '../../../../shared/engine/hall-seats';
import {
  HALL_LIMITS,
  HALL_NUMBERINGS,
  HALL_ROWS_TEXT_MAX,
  formatHallRows,
  hallSeatCount,
  hallSeatName,
  meetingHall as spec,
  parseHallRows,
  uniformBlock,
  ZONE_COLOURS,
} from '../../../../shared/kinds/meeting-hall';
import type { HallZone, MeetingHallItem, ZoneColour } from '../../../../shared/model/types';
import { CheckField, NumberField, SelectField, TextField } from '../../editor/fields';
import type { T } from '../../i18n';
import { translate, type Lang } from '../../../../shared/i18n/translate';
import { outline } from '../shapes/common';
import { frameRect, text } from '../shapes/paint';
import type { LocalSeat } from '../shapes/types';
import { frameRect as frameRectChart, n, turned } from './chart-parts';
import type { CanvasKind, ChartBodyProps, FieldsProps } from './types';

/** Zone tints: strong enough to tell zones apart under the seats, light enough to read names on. */
export const ZONE_INK: Record<ZoneColour, string> = {
  red: '#d9534f',
  blue: '#3b7dd8',
  green: '#3c9d5d',
  amber: '#d9a227',
  purple: '#8e5cc4',
  grey: '#8a8a8a',
};

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A seat where the hall's frame puts it. */
type AtSeat = Pick<LocalSeat, 'label' | 'x' | 'y'>;

/** The box round some seats in the item's frame, with room for the seat circles. */
function around(seats: AtSeat[], pad: number): Box | undefined {
  if (seats.length === 0) return undefined;
  const xs = seats.map((s) => s.x);
  const ys = seats.map((s) => s.y);
  return { x0: Math.min(...xs) - pad, y0: Math.min(...ys) - pad, x1: Math.max(...xs) + pad, y1: Math.max(...ys) + pad };
}

function seatsWhere<S extends AtSeat>(seats: S[], keep: (at: { block: number; row: number }) => boolean): S[] {
  return seats.filter((s) => {
    const at = parseHallLabel(s.label);
    return at !== undefined && keep(at);
  });
}

/** The seats at the two ends of each row across the whole hall (rows run along the frame's y). */
function rowEnds<S extends AtSeat>(item: MeetingHallItem, seats: S[]): { row: number; ends: [S, S] }[] {
  const rows = Math.max(...item.blocks.map((b) => b.rows.length));
  const out: { row: number; ends: [S, S] }[] = [];
  for (let row = 1; row <= rows; row++) {
    const inRow = seatsWhere(seats, (at) => at.row === row).sort((a, b) => a.y - b.y);
    if (inRow.length) out.push({ row, ends: [inRow[0]!, inRow[inRow.length - 1]!] });
  }
  return out;
}

/** The zone boxes, one per block a zone covers, in the hall's frame. */
function zoneBoxes<S extends AtSeat>(item: MeetingHallItem, seats: S[]): { zone: HallZone; box: Box }[] {
  const pad = item.seatSpacing / 2;
  return item.zones.flatMap((zone) =>
    item.blocks.flatMap((_, bi) => {
      const b = bi + 1;
      if (zone.block !== 0 && zone.block !== b) return [];
      const box = around(
        seatsWhere(seats, (at) => at.block === b && at.row >= zone.fromRow && at.row <= zone.toRow),
        pad,
      );
      return box ? [{ zone, box }] : [];
    }),
  );
}

/**
 * The printed hall: zones tinted (reserved ones dashed), blocks outlined, row numbers upright at
 * both ends of every row, and a key of the hall and its zones behind the back row. The seats'
 * numbers and names are set by the chart (seatTag below).
 */
function hallChart(p: ChartBodyProps<'meeting-hall'>): ReactNode {
  const { item, seats, k, frame } = p;
  const pad = item.seatSpacing / 2;
  const r = (frame.rotation * Math.PI) / 180;
  const onPage = (q: { x: number; y: number }) => ({
    x: p.at.x + (q.x * Math.cos(r) - q.y * Math.sin(r)) * k,
    y: p.at.y + (q.x * Math.sin(r) + q.y * Math.cos(r)) * k,
  });
  const box = (b: Box, key: string | number, props: Record<string, string | number>) => (
    <rect key={key} x={n(b.x0 * k)} y={n(b.y0 * k)} width={n((b.x1 - b.x0) * k)} height={n((b.y1 - b.y0) * k)} {...props} />
  );
  const blocks = item.blocks.flatMap((_, bi) => {
    const b = around(
      seatsWhere(seats, (at) => at.block === bi + 1),
      pad,
    );
    return b ? [b] : [];
  });
  const numberSize = Math.min(3.2, item.rowSpacing * k * 0.35);
  // Past the outer seat's name (as wide as a seat) and half the number's width.
  const beyond = pad + (numberSize * 0.7 + 0.6) / k;
  const back = onPage({ x: frame.box.x0, y: frame.box.y0 });
  const key = [
    { text: chartHallCaption(item, p.lang), colour: '#7a6a48', reserved: false },
    ...item.zones.map((z) => ({ text: z.name, colour: ZONE_INK[z.colour], reserved: z.reserved })),
  ];
  return (
    <>
      {turned(
        p,
        <>
          {frameRectChart(p, 'none', '#b9a77f', 0.25)}
          {zoneBoxes(item, seats).map(({ zone, box: b }, i) =>
            box(b, `z${i}`, {
              fill: ZONE_INK[zone.colour],
              fillOpacity: 0.16,
              stroke: ZONE_INK[zone.colour],
              strokeWidth: 0.3,
              ...(zone.reserved ? { strokeDasharray: '1.5 1' } : {}),
            }),
          )}
          {blocks.map((b, i) => box(b, `b${i}`, { fill: 'none', stroke: '#8a7a58', strokeWidth: 0.3 }))}
        </>,
      )}
      {numberSize >= 1.5
        ? rowEnds(item, seats).flatMap(({ row, ends }) =>
            ends.map((end, i) => {
              const at = onPage({ x: end.x, y: end.y + (i === 0 ? -beyond : beyond) });
              return (
                <text
                  key={`${row}:${i}`}
                  x={n(at.x)}
                  y={n(at.y)}
                  fontSize={n(numberSize)}
                  fill="#5a4a28"
                  textAnchor="middle"
                  dominantBaseline="central"
                  data-row-number={row}
                >
                  {row}
                </text>
              );
            }),
          )
        : null}
      <g data-hall-key="">
        {key.map((entry, i) => (
          <g key={i}>
            <rect
              x={n(back.x)}
              y={n(back.y + 1 + i * 4.5)}
              width={4}
              height={3}
              fill={entry.colour}
              fillOpacity={i === 0 ? 0 : 0.16}
              stroke={entry.colour}
              strokeWidth={0.3}
              {...(entry.reserved ? { strokeDasharray: '1 0.6' } : {})}
            />
            <text x={n(back.x + 5.5)} y={n(back.y + 2.5 + i * 4.5)} fontSize={3} fill="#333" dominantBaseline="central">
              {entry.text}
            </text>
          </g>
        ))}
      </g>
    </>
  );
}

/** 会场座区 · 498 座, or 楼座 for a balcony: the hall's line of the printed key. */
function chartHallCaption(item: MeetingHallItem, lang: Lang): string {
  return [
    item.floor > 0 ? translate(lang, 'canvas.balcony', { n: item.floor }) : translate(lang, 'kind.meeting-hall'),
    translate(lang, 'inspector.hallSeats', { n: hallSeatCount(item) }),
  ].join(' · ');
}

export const meetingHall: CanvasKind<'meeting-hall'> = {
  draw(ctx, { item, frame, selected, seats }) {
    frameRect(ctx, frame.box, { fill: 'rgba(246,238,221,0.35)', ...outline(selected, 0.03), dash: [0.2, 0.12] });
    const pad = item.seatSpacing / 2;
    for (const { zone, box } of zoneBoxes(item, seats)) {
      const ink = ZONE_INK[zone.colour];
      frameRect(ctx, box, { fill: `${ink}2e`, stroke: ink, width: 0.04, dash: zone.reserved ? [0.25, 0.15] : undefined });
    }
    for (let b = 1; b <= item.blocks.length; b++) {
      const box = around(
        seatsWhere(seats, (at) => at.block === b),
        pad,
      );
      if (box) frameRect(ctx, box, { stroke: '#b9a77f', width: 0.03 });
    }
    // Row numbers at both ends of every row, upright on the screen whatever the hall's rotation.
    const upright = (-item.rotation * Math.PI) / 180;
    const size = Math.min(0.45, item.rowSpacing * 0.5);
    for (const { row, ends } of rowEnds(item, seats)) {
      for (const [end, away] of [
        [ends[0], -1],
        [ends[1], 1],
      ] as const) {
        text(ctx, String(row), end.x, end.y + away * (item.seatSpacing * 0.5 + size * 0.9), size, '#7a6a48', upright);
      }
    }
  },
  caption: (item, frame, t) => ({
    text: [
      item.floor > 0 ? t('canvas.balcony', { n: item.floor }) : t('kind.meeting-hall'),
      t('inspector.hallSeats', { n: hallSeatCount(item) }),
    ].join(' · '),
    at: { x: frame.box.x1 + 0.5, y: 0 },
    size: 0.45,
  }),
  resize: null,
  Fields: HallFields,
  chart: hallChart,
  // The seat's number within its row, as the seat names say it (1区第5排第7座: 7).
  seatTag: (_, label) => {
    const name = hallSeatName(label);
    return name?.params?.seat === undefined ? undefined : String(name.params.seat);
  },
  outline: () => 'box',
  inspectWhenAlone: true,
};

function HallFields({ item, t, commit }: FieldsProps<'meeting-hall'>): ReactNode {
  const blocks = item.blocks;
  const setZones = (zones: HallZone[]) => commit({ zones });
  return (
    <>
      <p className="muted">{t('inspector.hallSeats', { n: hallSeatCount(item) })}</p>
      <fieldset className="hall-blocks">
        <legend>{t('inspector.hallBlocks')}</legend>
        {blocks.map((block, bi) => (
          <div key={bi} className="hall-block">
            <TextField
              t={t}
              name={`hall-block-${bi + 1}`}
              label={`${t('inspector.hallBlock', { n: bi + 1 })} · ${t('inspector.hallBlockRows')}`}
              value={formatHallRows(block.rows)}
              max={HALL_ROWS_TEXT_MAX}
              onCommit={(text) => {
                const rows = parseHallRows(text);
                if (rows) commit({ blocks: blocks.map((b, i) => (i === bi ? { rows } : b)) });
              }}
            />
            {blocks.length > HALL_LIMITS.blocks.min ? (
              <button
                type="button"
                name={`hall-remove-block-${bi + 1}`}
                onClick={() =>
                  commit({
                    blocks: blocks.filter((_, i) => i !== bi),
                    // Zones of the removed block go with it; those of the blocks after it shift left.
                    zones: item.zones
                      .filter((z) => z.block !== bi + 1)
                      .map((z) => (z.block > bi + 1 ? { ...z, block: z.block - 1 } : z)),
                  })
                }
              >
                {t('inspector.hallRemoveBlock')}
              </button>
            ) : null}
          </div>
        ))}
        {blocks.length < HALL_LIMITS.blocks.max ? (
          <button type="button" name="hall-add-block" onClick={() => commit({ blocks: [...blocks, uniformBlock(10, 8)] })}>
            {t('inspector.hallAddBlock')}
          </button>
        ) : null}
      </fieldset>
      <NumberField
        {...spec.limits.seatSpacing}
        step={0.05}
        name="hall-seat-spacing"
        label={t('inspector.seatSpacing')}
        value={item.seatSpacing}
        onCommit={(seatSpacing) => commit({ seatSpacing })}
      />
      <NumberField
        {...spec.limits.rowSpacing}
        step={0.05}
        name="hall-row-spacing"
        label={t('inspector.rowSpacing')}
        value={item.rowSpacing}
        onCommit={(rowSpacing) => commit({ rowSpacing })}
      />
      <NumberField
        {...spec.limits.aisle}
        step={0.1}
        name="hall-aisle"
        label={t('inspector.aisle')}
        value={item.aisle}
        onCommit={(aisle) => commit({ aisle })}
      />
      <NumberField
        {...spec.limits.curve}
        name="hall-curve"
        label={t('inspector.curve')}
        value={item.curve}
        onCommit={(curve) => commit({ curve })}
      />
      <NumberField
        {...spec.limits.floor}
        name="hall-floor"
        label={t('inspector.floor')}
        value={item.floor}
        onCommit={(floor) => commit({ floor })}
      />
      <SelectField
        name="hall-numbering"
        label={t('inspector.hallNumbering')}
        value={item.numbering ?? 'consecutive'}
        options={HALL_NUMBERINGS.map((n) => ({ value: n, label: t(`inspector.hallNumbering.${n}`) }))}
        onCommit={(numbering) => commit({ numbering })}
      />
      <ZoneFields item={item} t={t} onChange={setZones} />
    </>
  );
}

function ZoneFields({ item, t, onChange }: { item: MeetingHallItem; t: T; onChange(zones: HallZone[]): void }) {
  const rows = Math.max(...item.blocks.map((b) => b.rows.length));
  const set = (zi: number, patch: Partial<HallZone>) => {
    const zone = { ...item.zones[zi]!, ...patch };
    // Keep the rows in order whichever end was moved.
    if (zone.fromRow > zone.toRow) {
      if (patch.fromRow !== undefined) zone.toRow = zone.fromRow;
      else zone.fromRow = zone.toRow;
    }
    onChange(item.zones.map((z, i) => (i === zi ? zone : z)));
  };
  const blockChoices = [
    { value: '0', label: t('inspector.zoneAllBlocks') },
    ...item.blocks.map((_, i) => ({ value: String(i + 1), label: t('inspector.hallBlock', { n: i + 1 }) })),
  ];
  return (
    <fieldset className="hall-zones">
      <legend>{t('inspector.zones')}</legend>
      {item.zones.map((zone, zi) => (
        <div key={zi} className="hall-zone">
          <TextField
            t={t}
            name={`zone-name-${zi + 1}`}
            label={t('inspector.zoneName')}
            value={zone.name}
            max={HALL_LIMITS.zoneName}
            onCommit={(name) => set(zi, { name })}
          />
          <SelectField
            name={`zone-block-${zi + 1}`}
            label={t('inspector.zoneBlock')}
            value={String(zone.block)}
            options={blockChoices}
            onCommit={(v) => set(zi, { block: Number(v) })}
          />
          <NumberField
            min={1}
            max={rows}
            integer
            name={`zone-from-${zi + 1}`}
            label={`${t('inspector.zoneRows')} ↑`}
            value={zone.fromRow}
            onCommit={(fromRow) => set(zi, { fromRow })}
          />
          <NumberField
            min={1}
            max={rows}
            integer
            name={`zone-to-${zi + 1}`}
            label={`${t('inspector.zoneRows')} ↓`}
            value={zone.toRow}
            onCommit={(toRow) => set(zi, { toRow })}
          />
          <SelectField
            name={`zone-colour-${zi + 1}`}
            label={t('inspector.zoneColour')}
            value={zone.colour}
            options={ZONE_COLOURS.map((c) => ({ value: c, label: t(`zone.colour.${c}`) }))}
            onCommit={(colour) => set(zi, { colour })}
          />
          <TextField
            t={t}
            name={`zone-entrance-${zi + 1}`}
            label={t('inspector.zoneEntrance')}
            value={zone.entrance ?? ''}
            max={HALL_LIMITS.zoneEntrance}
            onCommit={(text) => set(zi, { entrance: text.trim() || undefined })}
          />
          <CheckField
            name={`zone-reserved-${zi + 1}`}
            label={t('inspector.zoneReserved')}
            value={zone.reserved}
            onCommit={(reserved) => set(zi, { reserved })}
          />
          <button type="button" name={`zone-remove-${zi + 1}`} onClick={() => onChange(item.zones.filter((_, i) => i !== zi))}>
            {t('inspector.removeZone')}
          </button>
        </div>
      ))}
      {item.zones.length < HALL_LIMITS.zones.max ? (
        <button
          type="button"
          name="zone-add"
          onClick={() =>
            onChange([
              ...item.zones,
              { name: t('zone.defaultName'), colour: 'red', block: 0, fromRow: 1, toRow: Math.min(3, rows), reserved: false },
            ])
          }
        >
          {t('inspector.addZone')}
        </button>
      ) : null}
    </fieldset>
  );
}
