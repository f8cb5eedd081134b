/**
 * The seating list as plain data (per table: heading and rows) for the .xlsx the hotel and the
 * leaders' office receive. Pure; electron/services/export-xlsx.ts turns it into a workbook.
 */
import { translate, type Lang } from '../i18n/translate';
import { seatLabelText } from '../i18n/seat-labels';
import { isVehicle } from '../kinds';
import type { Plan, Scene } from '../model/types';
import { findScene, seatingItems, type SeatingItem } from './plan-data';

export interface SeatingListData {
  title: string;
  subtitle: string;
  columns: string[];
  tables: { heading: string; main: boolean; rows: string[][] }[];
}

/** A seating item's heading: 第3桌, 2号车, or the kind's name when it has no number. */
export function itemTitle(entry: SeatingItem, lang: Lang): string {
  if (entry.number !== undefined && isVehicle(entry.item)) return translate(lang, 'print.car', { n: entry.number });
  if (entry.number !== undefined) return translate(lang, 'print.table', { n: entry.number });
  return translate(lang, `kind.${entry.item.kind}`);
}

/** The items of the scene where someone is seated: per-table lists and the .xlsx (an empty table is not listed). */
export function listEntries(plan: Plan, scene: Scene): SeatingItem[] {
  return seatingItems(plan, scene).filter((e) => e.seats.some((s) => s.person));
}

export function seatingListData(plan: Plan, sceneId: string | undefined, lang: Lang): SeatingListData {
  const scene = findScene(plan, sceneId);
  const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate(lang, k, p);
  const entries = scene ? listEntries(plan, scene) : [];
  return {
    title: [plan.name, scene?.name, t('print.view.tableLists')].filter(Boolean).join(' · '),
    subtitle: [plan.organisation, plan.startDate].filter(Boolean).join('  '),
    columns: [
      t('print.seat'),
      t('print.name'),
      t('print.role'),
      t('print.side'),
      t('print.organisation'),
      t('print.personTitle'),
    ],
    tables: entries.map((e) => ({
      heading: `${itemTitle(e, lang)}${e.main && !isVehicle(e.item) ? ` · ${t('print.mainTable')}` : ''}  ${t('print.seated', { n: e.seats.filter((s) => s.person).length })}`,
      main: e.main,
      rows: e.seats.map((s) => [
        seatLabelText(lang, e.item, s.label),
        s.person?.name ?? '',
        s.role ? t(`role.${s.role}`) : '',
        s.person ? t(`side.${s.person.side}`) : '',
        s.person?.organisation ?? '',
        s.person?.title ?? '',
      ]),
    })),
  };
}
