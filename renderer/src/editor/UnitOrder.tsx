/**
 * The unit order of a large meeting (RULES.md §9), shown as the list the hall will be filled in,
 * and editable: moving a unit makes the order the officer's own (`unitOrder: custom`). The list
 * comes from the engine's own ordering, so what is shown is what 自动排座 does.
 */
import { useMemo } from 'react';
import { toEP } from '../../../shared/engine/people';
import { orderUnits } from '../../../shared/engine/unit-order';
import type { Scene } from '../../../shared/model/types';
import { useT } from '../i18n';
import { useApp, usePlan } from '../state/app-store';

export function UnitOrder({ scene }: { scene: Scene }) {
  const t = useT();
  const plan = usePlan();
  const dispatch = useApp((s) => s.dispatch);
  const units = useMemo(() => {
    const taking = scene.participants ? new Set(scene.participants) : undefined;
    const people = plan.people
      .map((p, i) => [p, i] as const)
      .filter(([p]) => (taking ? taking.has(p.id) : p.attendance !== 'absent'))
      .map(([p, i]) => toEP(p, i));
    return orderUnits(people, scene.options);
  }, [plan.people, scene.participants, scene.options]);
  const named = units.filter((u) => u.name !== '');
  const move = (from: number, to: number) => {
    const names = named.map((u) => u.name);
    const [name] = names.splice(from, 1);
    names.splice(to, 0, name!);
    dispatch({ type: 'scene/update', sceneId: scene.id, patch: { options: { unitOrder: 'custom', unitList: names } } });
  };
  if (units.length === 0) return null;
  return (
    <div className="unit-order">
      <h4>{t('units.title')}</h4>
      <ol>
        {units.map((u, i) => (
          <li key={u.name || '\u0000'} data-unit={u.name}>
            <span className="unit-name">{u.name || t('units.none')}</span>
            <span className="muted"> {t('units.count', { n: u.people.length })}</span>
            {u.name ? (
              <>
                <button
                  className="icon"
                  aria-label={`${t('units.up')} ${u.name}`}
                  title={t('units.up')}
                  disabled={i === 0}
                  onClick={() => move(i, i - 1)}
                >
                  ↑
                </button>
                <button
                  className="icon"
                  aria-label={`${t('units.down')} ${u.name}`}
                  title={t('units.down')}
                  disabled={i === named.length - 1}
                  onClick={() => move(i, i + 1)}
                >
                  ↓
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      <p className="muted">{t('units.customHint')}</p>
    </div>
  );
}
