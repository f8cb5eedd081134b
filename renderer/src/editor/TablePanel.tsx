/**
 * The selected table (or the scene's only table): its seat count and who hosts it.
 * Hosting roles belong to the table in this scene, not to the person.
 */
import type { HostRole, RoundTableItem, Scene } from '../../../shared/model/types';
import { useT } from '../i18n';
import { useApp, usePlan } from '../state/app-store';

const ROLES: HostRole[] = ['chief-host', 'deputy-host', 'third-host', 'fourth-host'];

export function TablePanel({ scene }: { scene: Scene }) {
  const t = useT();
  const plan = usePlan();
  const selection = useApp((s) => s.selection);
  const dispatch = useApp((s) => s.dispatch);
  const tables = scene.items.filter((i): i is RoundTableItem => i.kind === 'round-table');
  const table = tables.find((i) => selection.includes(i.id)) ?? (tables.length === 1 ? tables[0] : undefined);

  return (
    <section className="panel table-panel" aria-label={t('table.roles')}>
      <SceneConvention scene={scene} />
      {table ? (
        <>
          <h3>{table.number ? t('table.number', { n: table.number }) : t('table.unnumbered')}</h3>
          <label className="field inline">
            <span>{t('table.seats')}</span>
            <input
              type="number"
              name="table-seats"
              min={4}
              max={24}
              value={table.seats}
              onChange={(e) => {
                const seats = Number(e.target.value);
                if (Number.isInteger(seats) && seats >= 4 && seats <= 24) {
                  dispatch({
                    type: 'item/update',
                    sceneId: scene.id,
                    gesture: 'edit',
                    changes: [{ id: table.id, patch: { seats } }],
                  });
                }
              }}
            />
          </label>
          <h4>{t('table.roles')}</h4>
          {ROLES.map((role) => {
            const holder = scene.roles.find((r) => r.itemId === table.id && r.role === role);
            return (
              <label key={role} className="field inline">
                <span>{t(`role.${role}`)}</span>
                <select
                  name={`role-${role}`}
                  value={holder?.personId ?? ''}
                  onChange={(e) => {
                    const personId = e.target.value;
                    if (personId) dispatch({ type: 'role/set', sceneId: scene.id, itemId: table.id, personId, role });
                    else if (holder)
                      dispatch({ type: 'role/set', sceneId: scene.id, itemId: table.id, personId: holder.personId, role: null });
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
          <button className="danger" onClick={() => dispatch({ type: 'item/remove', sceneId: scene.id, itemIds: [table.id] })}>
            {t('table.remove')}
          </button>
        </>
      ) : null}
    </section>
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
