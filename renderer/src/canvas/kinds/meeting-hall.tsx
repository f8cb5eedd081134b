/** 会场座区: blocks of rows between aisles, zones tinted, row numbers at both ends of every row. */
import type { ReactNode } from 'react';
import { parseHallLabel } from '../../../../shared/engine/hall-seats';
import {
  HALL_LIMITS,
  HALL_ROWS_TEXT_MAX,
  formatHallRows,
  hallSeatCount,
  meetingHall as spec,
  parseHallRows,
  uniformBlock,
  ZONE_COLOURS,
} from '../../../../shared/kinds/meeting-hall';
import type { HallZone, MeetingHallItem, ZoneColour } from '../../../../shared/model/types';
import { CheckField, NumberField, SelectField, TextField } from '../../editor/fields';
import type { T } from '../../i18n';
import { outline } from '../shapes/common';
import { frameRect, text } from '../shapes/paint';
import type { LocalSeat } from '../shapes/types';
import { namedBoxChart } from './chart-parts';
import type { CanvasKind, FieldsProps } from './types';

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

/** The box round some seats in the item's frame, with room for the seat circles. */
function around(seats: LocalSeat[], pad: number): Box | undefined {
  if (seats.length === 0) return undefined;
  const xs = seats.map((s) => s.x);
  const ys = seats.map((s) => s.y);
  return { x0: Math.min(...xs) - pad, y0: Math.min(...ys) - pad, x1: Math.max(...xs) + pad, y1: Math.max(...ys) + pad };
}

function seatsWhere(seats: LocalSeat[], keep: (at: { block: number; row: number }) => boolean): LocalSeat[] {
  return seats.filter((s) => {
    const at = parseHallLabel(s.label);
    return at !== undefined && keep(at);
  });
}

export const meetingHall: CanvasKind<'meeting-hall'> = {
  draw(ctx, { item, frame, selected, seats }) {
    frameRect(ctx, frame.box, { fill: 'rgba(246,238,221,0.35)', ...outline(selected, 0.03), dash: [0.2, 0.12] });
    const pad = item.seatSpacing / 2;
    item.zones.forEach((zone) => {
      const ink = ZONE_INK[zone.colour];
      for (let b = 1; b <= item.blocks.length; b++) {
        if (zone.block !== 0 && zone.block !== b) continue;
        const box = around(
          seatsWhere(seats, (at) => at.block === b && at.row >= zone.fromRow && at.row <= zone.toRow),
          pad,
        );
        if (box)
          frameRect(ctx, box, { fill: `${ink}2e`, stroke: ink, width: 0.04, dash: zone.reserved ? [0.25, 0.15] : undefined });
      }
    });
    for (let b = 1; b <= item.blocks.length; b++) {
      const box = around(
        seatsWhere(seats, (at) => at.block === b),
        pad,
      );
      if (box) frameRect(ctx, box, { stroke: '#b9a77f', width: 0.03 });
    }
    // Row numbers at both ends of every row, upright on the screen whatever the hall's rotation.
    const upright = (-item.rotation * Math.PI) / 180;
    const rows = Math.max(...item.blocks.map((b) => b.rows.length));
    for (let row = 1; row <= rows; row++) {
      const inRow = seatsWhere(seats, (at) => at.row === row);
      if (inRow.length === 0) continue;
      const ends = [...inRow].sort((a, b) => a.y - b.y);
      const size = Math.min(0.45, item.rowSpacing * 0.5);
      for (const [end, away] of [
        [ends[0]!, -1],
        [ends[ends.length - 1]!, 1],
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
  chart: namedBoxChart,
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
