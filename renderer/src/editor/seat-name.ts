/** "1号桌 R1": where a person sits, in words. */
import { describeItem } from '../../../shared/commands/describe';
import { translate, type Lang } from '../../../shared/i18n/messages';
import type { Assignment, Scene } from '../../../shared/model/types';

export function seatName(lang: Lang, scene: Scene, seat: Assignment): string {
  const item = scene.items.find((i) => i.id === seat.itemId);
  return translate(lang, 'seat.label', { table: describeItem(lang, item), seat: seat.seat });
}
