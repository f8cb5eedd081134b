/**
 * The engine's seat labels (P, R1, RR, E-right-2, 1:3 … — docs/seat-labels.md) in words an
 * officer reads at a glance: 主位, 右1, 后排右, 进门右侧第2位, 第1排第3座. Display only: the
 * document, the case format and the spreadsheets keep the labels themselves. Each kind names its
 * own seats (`KindSpec.seatName`); a label its kind does not know is shown as it is, never hidden.
 */
import { findKind } from '../kinds';
import { tableSeatName } from '../kinds/seat-names';
import type { ItemKind } from '../model/types';
import { translate, type Lang } from './translate';

/** `kind` may come from stored data (a change log); an unknown kind reads its labels as a table's. */
export function seatLabelText(lang: Lang, kind: ItemKind | undefined, label: string): string {
  const name = (findKind(kind)?.seatName ?? tableSeatName)(label);
  return name ? translate(lang, name.key, name.params) : label;
}
