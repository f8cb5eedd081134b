/** Scenes of the plan as tabs, each with its count of problems: add, rename (double-click), reorder, remove. */
import { useMemo, useState } from 'react';
import { checkPlan } from '../../../shared/engine/plan-check';
import { newScene } from '../../../shared/model/factory';
import { newId } from '../../../shared/model/ids';
import type { Scene, SceneKind } from '../../../shared/model/types';
import { useT } from '../i18n';
import { useApp, usePlan } from '../state/app-store';
import { Dialog, PromptDialog } from '../ui/Dialog';
import { SCENE_LIMITS } from '../../../shared/model/limits';
import { tooLong } from '../ui/too-long';

const KINDS: SceneKind[] = ['banquet', 'reception', 'talks', 'meeting', 'car', 'elevator', 'signing', 'photo', 'other'];

type Pending = { kind: 'add' } | { kind: 'rename'; scene: Scene } | { kind: 'remove'; scene: Scene } | null;

export function SceneTabs({ current }: { current: string | undefined }) {
  const t = useT();
  const plan = usePlan();
  const dispatch = useApp((s) => s.dispatch);
  const go = useApp((s) => s.go);
  const [pending, setPending] = useState<Pending>(null);
  const [kind, setKind] = useState<SceneKind>('banquet');
  const [name, setName] = useState('');
  const nameTooLong = tooLong(t, t('scene.name'), name.trim(), SCENE_LIMITS.name);
  const index = plan.scenes.findIndex((s) => s.id === current);
  const open = (sceneId: string) => go({ name: 'editor', planId: plan.id, sceneId });
  const problems = useProblemCounts();

  return (
    <nav className="scene-tabs" role="tablist">
      {plan.scenes.map((scene) => (
        <button
          key={scene.id}
          role="tab"
          aria-selected={scene.id === current}
          className={scene.id === current ? 'tab active' : 'tab'}
          onClick={() => open(scene.id)}
          onDoubleClick={() => setPending({ kind: 'rename', scene })}
        >
          {scene.name}
          {problems.get(scene.id) ? (
            <span className="problem-count" title={t('check.count', { n: problems.get(scene.id)! })}>
              {problems.get(scene.id)}
            </span>
          ) : null}
        </button>
      ))}
      <button
        className="tab add"
        onClick={() => {
          setKind('banquet');
          setName(t('sceneKind.banquet'));
          setPending({ kind: 'add' });
        }}
      >
        ＋ {t('scene.add')}
      </button>
      <div className="spacer" />
      {index >= 0 ? (
        <div className="tab-actions">
          <button
            title={t('scene.moveLeft')}
            aria-label={t('scene.moveLeft')}
            disabled={index === 0}
            onClick={() => dispatch({ type: 'scene/move', sceneId: current!, toIndex: index - 1 })}
          >
            ◀
          </button>
          <button
            title={t('scene.moveRight')}
            aria-label={t('scene.moveRight')}
            disabled={index === plan.scenes.length - 1}
            onClick={() => dispatch({ type: 'scene/move', sceneId: current!, toIndex: index + 1 })}
          >
            ▶
          </button>
          <button onClick={() => setPending({ kind: 'rename', scene: plan.scenes[index]! })}>{t('scene.rename')}</button>
          <button className="danger" onClick={() => setPending({ kind: 'remove', scene: plan.scenes[index]! })}>
            {t('scene.remove')}
          </button>
        </div>
      ) : null}

      {pending?.kind === 'add' ? (
        <Dialog
          title={t('scene.add')}
          okDisabled={!name.trim() || Boolean(nameTooLong)}
          onCancel={() => setPending(null)}
          onOk={() => {
            const scene = newScene(kind, name.trim(), newId);
            dispatch({ type: 'scene/add', scene });
            setPending(null);
            open(scene.id);
          }}
        >
          <label className="field">
            <span>{t('scene.kind')}</span>
            <select
              name="scene-kind"
              value={kind}
              onChange={(e) => {
                const next = e.target.value as SceneKind;
                // Keep a name the user typed; follow the kind while it is still the default.
                if (name === t(`sceneKind.${kind}`)) setName(t(`sceneKind.${next}`));
                setKind(next);
              }}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`sceneKind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('scene.name')}</span>
            <input name="scene-name" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          {nameTooLong ? (
            <p className="form-error" role="alert">
              {nameTooLong}
            </p>
          ) : null}
        </Dialog>
      ) : null}
      {pending?.kind === 'rename' ? (
        <PromptDialog
          title={t('scene.rename')}
          label={t('scene.name')}
          initial={pending.scene.name}
          max={SCENE_LIMITS.name}
          onCancel={() => setPending(null)}
          onOk={(value) => {
            if (value) dispatch({ type: 'scene/rename', sceneId: pending.scene.id, name: value });
            setPending(null);
          }}
        />
      ) : null}
      {pending?.kind === 'remove' ? (
        <Dialog
          title={t('scene.remove')}
          danger
          okLabel={t('common.delete')}
          onCancel={() => setPending(null)}
          onOk={() => {
            dispatch({ type: 'scene/remove', sceneId: pending.scene.id });
            setPending(null);
          }}
        >
          <p>{t('scene.confirmRemove', { name: pending.scene.name })}</p>
        </Dialog>
      ) : null}
    </nav>
  );
}

/** Each scene's number of problems (the 问题 panel's entries for it), for its tab. */
function useProblemCounts(): Map<string, number> {
  const plan = usePlan();
  return useMemo(() => {
    const counts = new Map<string, number>();
    for (const f of checkPlan(plan)) if (f.sceneId) counts.set(f.sceneId, (counts.get(f.sceneId) ?? 0) + 1);
    return counts;
  }, [plan]);
}
