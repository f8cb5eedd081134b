/**
 * The items of the scene: the hall (every item not selected) as one shape, then the selected
 * items as nodes of their own, which the transformer and the gestures move. A selected item is
 * drawn above the others while it is being edited; otherwise items keep document order.
 */
import { memo, useMemo } from 'react';
import { Shape } from 'react-konva';
import { useT } from '../i18n';
import { captionDraw } from './captions';
import { hallSceneFunc } from './hall-draw';
import { ItemView } from './ItemView';
import type { SceneModel } from './scene-model';

export const ItemsLayer = memo(function ItemsLayer({ model, selection }: { model: SceneModel; selection: string[] }) {
  const t = useT();
  const parts = useMemo(() => model.items.map((m) => ({ m, caption: captionDraw(m.item, m.frame, t) })), [model, t]);
  const chosen = useMemo(() => new Set(selection), [selection]);
  const still = useMemo(() => parts.filter((p) => !chosen.has(p.m.item.id)), [parts, chosen]);
  return (
    <>
      <Shape name="hall" sceneFunc={hallSceneFunc(still)} />
      {parts
        .filter((p) => chosen.has(p.m.item.id))
        .map(({ m, caption }) => (
          <ItemView key={m.item.id} item={m.item} frame={m.frame} local={m.local} seats={m.seats} caption={caption} />
        ))}
    </>
  );
});
