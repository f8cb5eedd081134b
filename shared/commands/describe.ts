/**
 * Human names for commands, for the undo/redo buttons: "撤销：移动 3 号桌".
 */
import { translate, type Lang } from '../i18n/translate';
import { findKind } from '../kinds';
import type { Plan, VenueItem } from '../model/types';
import type { Command, UnderlayPatch } from './commands';

export function describeItem(lang: Lang, item: VenueItem | undefined): string {
  if (!item) return '';
  if (findKind(item.kind)?.numberedTable && 'number' in item && item.number !== undefined) {
    return translate(lang, 'table.number', { n: item.number });
  }
  return translate(lang, `kind.${item.kind}`);
}

/** Describes a gesture (one or more commands) against the plan it was applied to. */
export function describeGesture(lang: Lang, commands: Command[], before: Plan): string {
  const first = commands[0];
  if (!first) return '';
  // 全部重排: one gesture placing several scenes.
  const scenes = commands.filter((c) => c.type === 'seat/apply').length;
  if (scenes > 1) return translate(lang, 'cmd.replace-all', { n: scenes });
  return describeCommand(lang, first, before);
}

function describeCommand(lang: Lang, cmd: Command, plan: Plan): string {
  const personName = (id: string) => plan.people.find((p) => p.id === id)?.name ?? '';
  const items = (sceneId: string, ids: string[]) => {
    const scene = plan.scenes.find((s) => s.id === sceneId);
    if (ids.length !== 1) return translate(lang, 'cmd.items', { count: ids.length });
    return describeItem(
      lang,
      scene?.items.find((i) => i.id === ids[0]),
    );
  };
  switch (cmd.type) {
    case 'scene/add':
      return translate(lang, 'cmd.scene/add', { name: cmd.scene.name });
    case 'item/add':
      return translate(lang, 'cmd.item/add', {
        what:
          cmd.items.length === 1 ? describeItem(lang, cmd.items[0]) : translate(lang, 'cmd.items', { count: cmd.items.length }),
      });
    case 'item/update':
      return translate(lang, `cmd.item/${cmd.gesture ?? 'edit'}`, {
        what: items(
          cmd.sceneId,
          cmd.changes.map((c) => c.id),
        ),
      });
    case 'item/remove':
      return translate(lang, 'cmd.item/remove', { what: items(cmd.sceneId, cmd.itemIds) });
    case 'person/add':
      return translate(lang, 'cmd.person/add', { name: cmd.people.map((p) => p.name).join('、') });
    case 'person/update':
      return translate(lang, 'cmd.person/update', { name: personName(cmd.personId) });
    case 'seat/assign':
      return translate(lang, 'cmd.seat/assign', { name: personName(cmd.personId) });
    case 'people/rank-insert':
      return translate(lang, 'cmd.people/rank-insert', { name: personName(cmd.personId), rank: cmd.rank });
    case 'underlay/update':
      return translate(lang, `cmd.underlay/${underlayChange(cmd.patch)}`);
    default:
      return translate(lang, `cmd.${cmd.type}`);
  }
}

/** Which change of an underlay a patch is, for its undo label. */
function underlayChange(patch: UnderlayPatch): 'calibrate' | 'opacity' | 'lock' | 'unlock' | 'print' | 'noprint' | 'move' {
  if (patch.mmPerPixel !== undefined) return 'calibrate';
  if (patch.opacity !== undefined) return 'opacity';
  if (patch.locked !== undefined) return patch.locked ? 'lock' : 'unlock';
  if (patch.print !== undefined) return patch.print ? 'print' : 'noprint';
  return 'move';
}
