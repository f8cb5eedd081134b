/**
 * The properties inspector: the scene's convention, then the selected item's own fields, its
 * position and rotation, and for banquet tables who hosts them (hosting roles belong to the
 * table in this scene, not to the person). With no selection and a single table, that table.
 */
import type { ItemPatch } from '../../../shared/commands/commands';
import { describeItem } from '../../../shared/commands/describe';
import type { HostRole, Scene, VenueItem } from '../../../shared/model/types';
import { alignSelected, dispatchLayout, distributeSelected, removeSelected } from '../canvas/actions';
import { kindOf } from '../../../shared/kinds';
import { canvasKind } from '../canvas/kinds';
import { useT } from '../i18n';
import { useApp, usePlan } from '../state/app-store';
import { NumberField } from './fields';
import { SceneOptions } from './SceneOptions';

const ROLES: HostRole[] = ['chief-host', 'deputy-host', 'third-host', 'fourth-host'];

export function Inspector({ scene }: { scene: Scene }) {
  const t = useT();
  const selection = useApp((s) => s.selection);
  const chosen = scene.items.filter((i) => selection.includes(i.id));
  const alone = scene.items.filter((i) => canvasKind(i).inspectWhenAlone);
  const item = chosen.length === 1 ? chosen[0] : chosen.length === 0 && alone.length === 1 ? alone[0] : undefined;

  return (
    <section className="panel table-panel inspector" aria-label={t('inspector.title')}>
      <SceneConvention scene={scene} />
      <SceneOptions scene={scene} />
      {item ? <ItemFields key={item.id} scene={scene} item={item} /> : null}
      {chosen.length > 1 ? <MultiSelection count={chosen.length} /> : null}
      {!item && chosen.length === 0 ? <p className="muted">{t('inspector.hint')}</p> : null}
    </section>
  );
}

function ItemFields({ scene, item }: { scene: Scene; item: VenueItem }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const select = useApp((s) => s.select);
  const plan = usePlan();
  const kind = canvasKind(item);
  // Banquet tables (numbered in the hall's table order) have hosting roles.
  const hosted = kindOf(item).numberedTable;
  // One main table per scene: the applier unmarks the others (shared/commands/derive.ts).
  const commit = (patch: ItemPatch) =>
    dispatchLayout([{ type: 'item/update', sceneId: scene.id, gesture: 'edit', changes: [{ id: item.id, patch }] }]);
  const heading = kind.heading ? kind.heading(item, t) : describeItem(lang, item);
  return (
    <>
      <h3>{heading}</h3>
      <div className="inspector-fields" data-kind={item.kind}>
        <kind.Fields item={item} t={t} commit={commit} />
        <NumberField
          name="item-x"
          label={t('inspector.x')}
          value={item.x}
          min={-1000}
          max={1000}
          step={0.1}
          onCommit={(x) => commit({ x })}
        />
        <NumberField
          name="item-y"
          label={t('inspector.y')}
          value={item.y}
          min={-1000}
          max={1000}
          step={0.1}
          onCommit={(y) => commit({ y })}
        />
        <NumberField
          name="item-rotation"
          label={t(kind.rotationLabel ?? 'inspector.rotation')}
          value={item.rotation}
          min={-360}
          max={360}
          step={15}
          onCommit={(rotation) => commit({ rotation })}
        />
      </div>
      {kind.Details ? <kind.Details item={item} scene={scene} plan={plan} lang={lang} t={t} /> : null}
      {hosted ? <Roles scene={scene} item={item} /> : null}
      <button
        className="danger"
        onClick={() => {
          select([item.id]);
          removeSelected();
        }}
      >
        {hosted ? t('table.remove') : t('inspector.remove')}
      </button>
    </>
  );
}

function Roles({ scene, item }: { scene: Scene; item: VenueItem }) {
  const t = useT();
  const plan = usePlan();
  const dispatch = useApp((s) => s.dispatch);
  return (
    <>
      <h4>{t('table.roles')}</h4>
      {ROLES.map((role) => {
        const holder = scene.roles.find((r) => r.itemId === item.id && r.role === role);
        return (
          <label key={role} className="field inline">
            <span>{t(`role.${role}`)}</span>
            <select
              name={`role-${role}`}
              value={holder?.personId ?? ''}
              onChange={(e) => {
                const personId = e.target.value;
                if (personId) dispatch({ type: 'role/set', sceneId: scene.id, itemId: item.id, personId, role });
                else if (holder)
                  dispatch({ type: 'role/set', sceneId: scene.id, itemId: item.id, personId: holder.personId, role: null });
              }}
            >
              <option value="">{t('common.none')}</option>
              {plan.people
                .filter((p) => p.side === 'host')
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
            </select>
          </label>
        );
      })}
    </>
  );
}

function MultiSelection({ count }: { count: number }) {
  const t = useT();
  return (
    <>
      <h3>{t('cmd.items', { count })}</h3>
      <div className="align-buttons">
        <button onClick={() => alignSelected('left')}>{t('align.left')}</button>
        <button onClick={() => alignSelected('hcenter')}>{t('align.hcenter')}</button>
        <button onClick={() => alignSelected('right')}>{t('align.right')}</button>
        <button onClick={() => alignSelected('top')}>{t('align.top')}</button>
        <button onClick={() => alignSelected('vcenter')}>{t('align.vcenter')}</button>
        <button onClick={() => alignSelected('bottom')}>{t('align.bottom')}</button>
        <button disabled={count < 3} onClick={() => distributeSelected('horizontal')}>
          {t('align.distributeH')}
        </button>
        <button disabled={count < 3} onClick={() => distributeSelected('vertical')}>
          {t('align.distributeV')}
        </button>
      </div>
      <button className="danger" onClick={removeSelected}>
        {t('inspector.removeAll', { count })}
      </button>
    </>
  );
}

function SceneConvention({ scene }: { scene: Scene }) {
  const t = useT();
  const plan = usePlan();
  const dispatch = useApp((s) => s.dispatch);
  return (
    <label className="field inline">
      <span>{t('scene.convention')}</span>
      <select
        name="scene-convention"
        value={scene.convention ?? ''}
        onChange={(e) => {
          const value = e.target.value;
          dispatch({
            type: 'scene/update',
            sceneId: scene.id,
            patch: { convention: value === 'commercial' || value === 'government' ? value : null },
          });
        }}
      >
        <option value="">{t('convention.planDefault', { convention: t(`convention.${plan.convention}`) })}</option>
        <option value="commercial">{t('convention.commercial')}</option>
        <option value="government">{t('convention.government')}</option>
      </select>
    </label>
  );
}
