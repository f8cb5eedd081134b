/** What tables share: the numbered caption and numbering fields of banquet tables, seats per side. */
import type { ItemPatch } from '../../../../shared/commands/commands';
import { banquetTable } from '../../../../shared/kinds/banquet-table';
import type { Limit } from '../../../../shared/kinds/fields';
import type { T } from '../../i18n';
import { CheckField, NumberField, TextField } from '../../editor/fields';
import type { Caption, ItemOf } from './types';

type BanquetTable = ItemOf<'round-table' | 'long-table'>;

/** Number (or `unnumbered`), name and main-table mark, bold, at the centre. */
export function tableCaption(item: BanquetTable, unnumbered: string, size: number, t: T): Caption {
  const lines = [item.number ? t('table.number', { n: item.number }) : unnumbered];
  if (item.name) lines.push(item.name);
  if (item.main) lines.push(t('canvas.mainTable'));
  return { text: lines.join('\n'), at: { x: 0, y: 0 }, size, bold: true };
}

export function TableNumberFields({ item, t, commit }: { item: BanquetTable; t: T; commit(p: ItemPatch): void }) {
  return (
    <>
      <NumberField
        name="table-number"
        label={t('inspector.tableNumber')}
        value={item.number ?? 0}
        {...banquetTable.limits.number}
        onCommit={(number) => commit({ number, numberFixed: true })}
      />
      <CheckField
        name="number-fixed"
        label={t('inspector.numberFixed')}
        value={!!item.numberFixed}
        onCommit={(numberFixed) => commit({ numberFixed })}
      />
      <TextField
        t={t}
        name="table-name"
        label={t('inspector.tableName')}
        value={item.name ?? ''}
        max={banquetTable.textLimits.name}
        onCommit={(name) => commit({ name })}
      />
      <CheckField name="main-table" label={t('inspector.mainTable')} value={!!item.main} onCommit={(main) => commit({ main })} />
    </>
  );
}

/** Seats along each long side (long, 会谈 and conference tables), within the kind's `limit`. */
export function SeatsPerSideField({
  item,
  t,
  commit,
  limit,
}: {
  item: ItemOf<'long-table' | 'talks-table' | 'conference-table'>;
  t: T;
  commit(p: ItemPatch): void;
  limit: Limit;
}) {
  return (
    <NumberField
      name="seats-per-side"
      label={t('inspector.seatsPerSide')}
      value={item.seatsPerSide}
      {...limit}
      onCommit={(seatsPerSide) => commit({ seatsPerSide })}
    />
  );
}
