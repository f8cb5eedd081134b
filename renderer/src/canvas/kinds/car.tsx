/**
 * 轿车 / 中巴: a car seen from above, its x axis pointing forward. Its seats are the engine's (so a
 * right-hand-drive option moves the driver), and the steering wheel is drawn before the driver's
 * seat D. The caption is the car's number, "1号车", beside the bonnet.
 */
import { car as spec } from '../../../../shared/kinds/car';
import { MINIBUS_DEFAULT } from '../../../../shared/engine/car';
import { CAR_MODELS } from '../../../../shared/templates';
import { NumberField, SelectField, TextField } from '../../editor/fields';
import { INK, INK_SELECTED, TEXT, outline } from '../shapes/common';
import { circle, frameRect, line, text } from '../shapes/paint';
import { namedBoxChart } from './chart-parts';
import type { CanvasKind, FieldsProps } from './types';

export const car: CanvasKind<'car'> = {
  draw(ctx, { item, frame, selected, seats }) {
    const { x0, y0, x1, y1 } = frame.box;
    const w = y1 - y0;
    const frontRow = Math.max(...seats.map((s) => s.x), 0);
    const screen = frontRow + 0.55;
    const driver = seats.find((s) => s.label === 'D');
    frameRect(ctx, frame.box, { fill: '#f3f1ec', ...outline(selected, 0.04) }, Math.min(0.45, w / 3));
    // Windscreen and bonnet.
    line(ctx, [screen, y0 + 0.12, screen + 0.25, y0 + 0.2, screen + 0.25, y1 - 0.2, screen, y1 - 0.12], {
      stroke: INK,
      width: 0.03,
    });
    line(ctx, [x1 - 0.15, y0 + 0.25, x1 - 0.15, y1 - 0.25], { stroke: INK, width: 0.02 });
    if (driver) {
      circle(ctx, driver.x + 0.38, driver.y, 0.17, { stroke: selected ? INK_SELECTED : '#3c3c3c', width: 0.04 });
      line(ctx, [driver.x + 0.38, driver.y - 0.17, driver.x + 0.38, driver.y + 0.17], { stroke: '#3c3c3c', width: 0.025 });
    }
    // The plate along the rear bumper, read from the car's left side.
    if (item.plate) text(ctx, item.plate, x0 + 0.2, 0, 0.16, TEXT, Math.PI / 2);
  },
  caption: (item, frame, t) => ({
    text: [item.number ? t('canvas.carNumber', { n: item.number }) : t('kind.car'), t(`car.${item.model}`)].join('\n'),
    at: { x: frame.box.x0 - 0.55, y: 0 },
    size: 0.28,
    bold: true,
  }),
  resize: null,
  Fields: ({ item, t, commit }) => (
    <>
      <SelectField
        name="car-model"
        label={t('inspector.carModel')}
        value={item.model}
        options={CAR_MODELS.map((m) => ({ value: m, label: t(`car.${m}`) }))}
        onCommit={(model) => commit({ model })}
      />
      <SelectField
        name="car-driver"
        label={t('inspector.driver')}
        value={item.driver}
        options={[
          { value: 'chauffeur', label: t('inspector.chauffeur') },
          { value: 'host', label: t('inspector.hostDrives') },
        ]}
        onCommit={(driver) => commit({ driver })}
      />
      {item.model === 'minibus' ? <MinibusFields item={item} t={t} commit={commit} /> : null}
      <NumberField
        name="car-number"
        label={t('inspector.carNumber')}
        value={item.number ?? 0}
        min={0}
        max={spec.limits.number.max}
        integer
        // A typed number is the officer's and stays; 0 hands the car back to the motorcade order.
        onCommit={(n) => commit(n === 0 ? { numberFixed: false } : { number: n, numberFixed: true })}
      />
      <TextField
        t={t}
        name="plate"
        label={t('inspector.plate')}
        value={item.plate ?? ''}
        max={spec.textLimits.plate}
        onCommit={(plate) => commit({ plate })}
      />
      <TextField
        t={t}
        name="driver-name"
        label={t('inspector.driverName')}
        value={item.driverName ?? ''}
        max={spec.textLimits.driverName}
        onCommit={(driverName) => commit({ driverName })}
      />
      <TextField
        t={t}
        name="driver-phone"
        label={t('inspector.driverPhone')}
        value={item.driverPhone ?? ''}
        max={spec.textLimits.driverPhone}
        onCommit={(driverPhone) => commit({ driverPhone })}
      />
    </>
  ),
  chart: namedBoxChart,
  outline: () => 'box',
  inspectWhenAlone: false,
};

function MinibusFields({ item, t, commit }: FieldsProps<'car'>) {
  return (
    <>
      <NumberField
        {...spec.limits.rows}
        name="bus-rows"
        label={t('inspector.busRows')}
        value={item.rows ?? MINIBUS_DEFAULT.rows}
        onCommit={(rows) => commit({ rows })}
      />
      <NumberField
        {...spec.limits.seatsPerRow}
        name="bus-seats-per-row"
        label={t('inspector.seatsPerRow')}
        value={item.seatsPerRow ?? MINIBUS_DEFAULT.seatsPerRow}
        onCommit={(seatsPerRow) => commit({ seatsPerRow })}
      />
    </>
  );
}
