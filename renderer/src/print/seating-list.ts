/**
 * The seating list as plain data (per table: heading and rows) for the .xlsx the hotel and the
 * leaders' office receive. Pure; electron/services/export-xlsx.ts turns it into a workbook.
 */
import { translate, type Lang } from '../../../shared/i18n/translate';
import { seatLabelText } from '../../../shared/i18n/seat-labels';
import type { Plan } from '../../../shared/model/types';
import { itemTitle, listEntries } from './lists';
import { findScene } from './plan-data';

export interface SeatingListData {
  title: string;
  subtitle: string;
  columns: string[];
  tables: { heading: string; main: boolean; rows: string[][] }[];
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
      heading: `${itemTitle(e, lang)}${e.main && e.item.kind !== 'car' ? ` · ${t('print.mainTable')}` : ''}  ${t('print.seated', { n: e.seats.filter((s) => s.person).length })}`,
      main: e.main,
      rows: e.seats.map((s) => [
        seatLabelText(lang, e.item.kind, s.label),
        s.person?.name ?? '',
        s.role ? t(`role.${s.role}`) : '',
        s.person ? t(`side.${s.person.side}`) : '',
        s.person?.organisation ?? '',
        s.person?.title ?? '',
      ]),
    })),
  };
}
