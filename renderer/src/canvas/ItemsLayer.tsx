/** All items of the scene, in document order (first drawn first). */
import { memo } from 'react';
import { useT } from '../i18n';
import { caption } from './captions';
import { ItemView } from './ItemView';
import type { ItemModel, SceneModel } from './scene-model';

export const ItemsLayer = memo(function ItemsLayer({ model, selection }: { model: SceneModel; selection: string[] }) {
  const chosen = new Set(selection);
  return (
    <>
      {model.items.map((m) => (
        <CaptionedItem key={m.item.id} m={m} selected={chosen.has(m.item.id)} />
      ))}
    </>
  );
});

const CaptionedItem = memo(function CaptionedItem({ m, selected }: { m: ItemModel; selected: boolean }) {
  const t = useT();
  return (
    <ItemView
      item={m.item}
      frame={m.frame}
      selected={selected}
      local={m.local}
      seats={m.seats}
      caption={caption(m.item, m.frame, t)}
    />
  );
});
