/** The inspector's fields for each item kind (sizes in metres, counts as the schema allows). */
import type { ItemPatch } from '../../../shared/commands/commands';
import { MINIBUS_DEFAULT } from '../../../shared/engine/car';
import { CAR_MODELS } from '../../../shared/templates';
import type { VenueItem } from '../../../shared/model/types';
import type { T } from '../i18n';
import { CheckField, NumberField, SelectField, TextField } from './fields';

export interface KindFieldsProps {
  item: VenueItem;
  t: T;
  commit(patch: ItemPatch): void;
}

export function KindFields({ item, t, commit }: KindFieldsProps) {
  switch (item.kind) {
    case 'round-table':
      return (
        <>
          <NumberField
            name="table-seats"
            label={t('table.seats')}
            value={item.seats}
            min={4}
            max={24}
            integer
            onCommit={(seats) => commit({ seats })}
          />
          <NumberField
            name="diameter"
            label={t('inspector.diameter')}
            value={item.diameter}
            min={0.6}
            max={6}
            step={0.1}
            onCommit={(diameter) => commit({ diameter })}
          />
          <TableNumberFields item={item} t={t} commit={commit} />
        </>
      );
    case 'long-table':
      return (
        <>
          <NumberField
            name="seats-per-side"
            label={t('inspector.seatsPerSide')}
            value={item.seatsPerSide}
            min={1}
            max={30}
            integer
            onCommit={(seatsPerSide) => commit({ seatsPerSide })}
          />
          <CheckField
            name="end-seats"
            label={t('inspector.endSeats')}
            value={item.endSeats > 0}
            onCommit={(on) => commit({ endSeats: on ? 1 : 0 })}
          />
          <CheckField name="head" label={t('inspector.headTable')} value={!!item.head} onCommit={(head) => commit({ head })} />
          <NumberField
            name="length"
            label={t('inspector.length')}
            value={item.length}
            min={0.6}
            max={30}
            step={0.1}
            onCommit={(length) => commit({ length })}
          />
          <NumberField
            name="width"
            label={t('inspector.width')}
            value={item.width}
            min={0.4}
            max={5}
            step={0.1}
            onCommit={(width) => commit({ width })}
          />
          <TableNumberFields item={item} t={t} commit={commit} />
        </>
      );
    case 'rostrum':
      return (
        <>
          <TextField
            name="rostrum-rows"
            label={t('inspector.rows')}
            value={item.rows.join(', ')}
            onCommit={(text) => {
              const rows = text
                .split(/[,，\s]+/)
                .filter(Boolean)
                .map(Number);
              if (rows.length >= 1 && rows.length <= 10 && rows.every((n) => Number.isInteger(n) && n >= 1 && n <= 60))
                commit({ rows });
            }}
          />
          <CheckField
            name="lectern"
            label={t('inspector.lectern')}
            value={item.lectern}
            onCommit={(lectern) => commit({ lectern })}
          />
        </>
      );
    case 'seat-block':
      return (
        <>
          <NumberField
            name="block-rows"
            label={t('inspector.blockRows')}
            value={item.rows}
            min={1}
            max={60}
            integer
            onCommit={(rows) => commit({ rows })}
          />
          <NumberField
            name="block-cols"
            label={t('inspector.blockCols')}
            value={item.cols}
            min={1}
            max={60}
            integer
            onCommit={(cols) => commit({ cols })}
          />
        </>
      );
    case 'reception':
      return (
        <NumberField
          name="per-side"
          label={t('inspector.perSide')}
          value={item.perSide}
          min={0}
          max={20}
          integer
          onCommit={(perSide) => commit({ perSide })}
        />
      );
    case 'talks-table':
    case 'conference-table':
      return (
        <NumberField
          name="seats-per-side"
          label={t('inspector.seatsPerSide')}
          value={item.seatsPerSide}
          min={1}
          max={30}
          integer
          onCommit={(seatsPerSide) => commit({ seatsPerSide })}
        />
      );
    case 'car':
      return (
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
            max={99}
            integer
            onCommit={(n) => commit({ number: n === 0 ? undefined : n })}
          />
          <TextField
            name="plate"
            label={t('inspector.plate')}
            value={item.plate ?? ''}
            max={20}
            onCommit={(plate) => commit({ plate })}
          />
          <TextField
            name="driver-name"
            label={t('inspector.driverName')}
            value={item.driverName ?? ''}
            max={50}
            onCommit={(driverName) => commit({ driverName })}
          />
          <TextField
            name="driver-phone"
            label={t('inspector.driverPhone')}
            value={item.driverPhone ?? ''}
            max={30}
            onCommit={(driverPhone) => commit({ driverPhone })}
          />
        </>
      );
    case 'elevator':
      return (
        <>
          <SelectField
            name="panel"
            label={t('inspector.panel')}
            value={item.panel}
            options={[
              { value: 'front-left', label: t('inspector.panelLeft') },
              { value: 'front-right', label: t('inspector.panelRight') },
            ]}
            onCommit={(panel) => commit({ panel })}
          />
          <CheckField
            name="attendant"
            label={t('inspector.attendant')}
            value={item.attendant}
            onCommit={(attendant) => commit({ attendant })}
          />
        </>
      );
    case 'door':
      return (
        <NumberField
          name="door-width"
          label={t('inspector.doorWidth')}
          value={item.width}
          min={0.5}
          max={10}
          step={0.1}
          onCommit={(width) => commit({ width })}
        />
      );
    case 'stage':
      return (
        <>
          <NumberField
            name="stage-width"
            label={t('inspector.width')}
            value={item.width}
            min={0.5}
            max={100}
            step={0.1}
            onCommit={(width) => commit({ width })}
          />
          <NumberField
            name="stage-depth"
            label={t('inspector.depth')}
            value={item.depth}
            min={0.5}
            max={50}
            step={0.1}
            onCommit={(depth) => commit({ depth })}
          />
        </>
      );
    case 'wall':
      return (
        <NumberField
          name="wall-length"
          label={t('inspector.length')}
          value={item.length}
          min={0.1}
          max={500}
          step={0.1}
          onCommit={(length) => commit({ length })}
        />
      );
    case 'label':
      return (
        <TextField
          name="label-text"
          label={t('inspector.text')}
          value={item.text}
          max={500}
          onCommit={(text) => commit({ text })}
        />
      );
  }
}

function TableNumberFields({
  item,
  t,
  commit,
}: {
  item: Extract<VenueItem, { kind: 'round-table' | 'long-table' }>;
  t: T;
  commit(p: ItemPatch): void;
}) {
  return (
    <>
      <NumberField
        name="table-number"
        label={t('inspector.tableNumber')}
        value={item.number ?? 0}
        min={1}
        max={999}
        integer
        onCommit={(number) => commit({ number, numberFixed: true })}
      />
      <CheckField
        name="number-fixed"
        label={t('inspector.numberFixed')}
        value={!!item.numberFixed}
        onCommit={(numberFixed) => commit({ numberFixed })}
      />
      <TextField
        name="table-name"
        label={t('inspector.tableName')}
        value={item.name ?? ''}
        max={60}
        onCommit={(name) => commit({ name })}
      />
      <CheckField name="main-table" label={t('inspector.mainTable')} value={!!item.main} onCommit={(main) => commit({ main })} />
    </>
  );
}

function MinibusFields({ item, t, commit }: { item: Extract<VenueItem, { kind: 'car' }>; t: T; commit(p: ItemPatch): void }) {
  return (
    <>
      <NumberField
        name="bus-rows"
        label={t('inspector.busRows')}
        value={item.rows ?? MINIBUS_DEFAULT.rows}
        min={1}
        max={20}
        integer
        onCommit={(rows) => commit({ rows })}
      />
      <NumberField
        name="bus-seats-per-row"
        label={t('inspector.seatsPerRow')}
        value={item.seatsPerRow ?? MINIBUS_DEFAULT.seatsPerRow}
        min={2}
        max={5}
        integer
        onCommit={(seatsPerRow) => commit({ seatsPerRow })}
      />
    </>
  );
}
