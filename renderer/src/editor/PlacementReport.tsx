/**
 * After 自动排座: who moved, from which seat to which (locked seats never move), why each one sits
 * where he now does — derived from the document (shared/engine/explain-seat.ts), so it reads the
 * same as the seat's tooltip — and the problems left.
 */
import { useState } from 'react';
import { explainSeat } from '../../../shared/engine/explain-seat';
import type { Scene } from '../../../shared/model/types';
import { seatText } from '../../../shared/output/seat-text';
import { useCanvasUi } from '../canvas/canvas-ui';
import { useExplain, useT } from '../i18n';
import { useApp, usePlan } from '../state/app-store';
import { PlacementProblems } from './ProblemsPanel';

const SHOWN = 30;

export function PlacementReport({ scene }: { scene: Scene }) {
  const t = useT();
  const explain = useExplain();
  const lang = useApp((s) => s.lang);
  const plan = usePlan();
  const placement = useCanvasUi((s) => s.placement);
  const setPlacement = useCanvasUi((s) => s.setPlacement);
  const [open, setOpen] = useState(true);
  if (!placement || placement.sceneId !== scene.id) return null;
  const { moved } = placement;
  const name = (id: string) => plan.people.find((p) => p.id === id)?.name ?? id;
  const where = (at?: { itemId: string; seat: string }) =>
    at
      ? seatText(
          lang,
          scene.items.find((i) => i.id === at.itemId),
          at.seat,
        )
      : t('people.unseated');
  const why = (personId: string, itemId: string) => {
    const e = explainSeat(plan, scene.id, { personId });
    return e ? explain.seatReason(e.reason, scene, itemId) : '';
  };
  return (
    <div className="placement-report" role="status" data-moved={moved.length}>
      <button className="link" onClick={() => setOpen(!open)} aria-expanded={open}>
        {moved.length === 0 ? t('placement.nothingMoved') : t('placement.moved', { count: moved.length })}
      </button>
      <button className="icon" aria-label={t('common.close')} onClick={() => setPlacement(null)}>
        ×
      </button>
      {open && moved.length > 0 ? (
        <ul>
          {moved.slice(0, SHOWN).map((m) => (
            <li key={m.personId} data-person={name(m.personId)}>
              <span className="move">
                <b>{name(m.personId)}</b>: {where(m.from)} → {where(m.to)}
              </span>
              {m.to ? <span className="why">{why(m.personId, m.to.itemId)}</span> : null}
            </li>
          ))}
          {moved.length > SHOWN ? <li className="muted">{t('placement.more', { count: moved.length - SHOWN })}</li> : null}
        </ul>
      ) : null}
      {open ? <PlacementProblems scene={scene} /> : null}
    </div>
  );
}
