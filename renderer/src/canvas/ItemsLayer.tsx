/**
 * The items of the scene in document order: runs of unselected items each drawn by one shape
 * (hall-draw.ts), and the selected items as nodes of their own, which the transformer and the
 * gestures move. With nothing selected the whole hall is a single shape.
 */
import { memo, useMemo } from 'react';
import { Shape } from 'react-konva';
import { useT } from '../i18n';
import { captionDraw } from './captions';
import { hallRuns, hallSceneFunc } from './hall-draw';
import { ItemView } from './ItemView';
import type { SceneModel } from './scene-model';

export const ItemsLayer = memo(function ItemsLayer({ model, selection }: { model: SceneModel; selection: string[] }) {
  const t = useT();
  const parts = useMemo(() => model.items.map((m) => ({ m, caption: captionDraw(m.item, m.frame, t) })), [model, t]);
  const runs = useMemo(() => hallRuns(parts, new Set(selection)), [parts, selection]);
  return (
    <>
      {runs.map((run) =>
        run.kind === 'hall' ? (
          <Shape key={`hall:${run.items[0]!.m.item.id}`} name="hall" sceneFunc={hallSceneFunc(run.items)} />
        ) : (
          <ItemView
            key={run.part.m.item.id}
            item={run.part.m.item}
            frame={run.part.m.frame}
            local={run.part.m.local}
            seats={run.part.m.seats}
            caption={run.part.caption}
          />
        ),
      )}
    </>
  );
});
