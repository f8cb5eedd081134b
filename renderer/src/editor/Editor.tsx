/** The plan editor: scene tabs, the venue canvas, and the people and table panels. */
import { useEffect, useState } from 'react';
import { describeGesture } from '../../../shared/commands/describe';
import { autoPlaceScene, type SceneResult } from '../../../shared/engine';
import { roundTable } from '../../../shared/model/factory';
import { newId } from '../../../shared/model/ids';
import type { Scene } from '../../../shared/model/types';
import { VenueCanvas } from '../canvas/VenueCanvas';
import { useT } from '../i18n';
import { useApp, usePlan } from '../state/app-store';
import { LangSwitch } from '../ui/LangSwitch';
import { PeoplePanel } from './PeoplePanel';
import { SceneTabs } from './SceneTabs';
import { TablePanel } from './TablePanel';
import { useUndoShortcuts } from './use-undo-shortcuts';

export function Editor() {
  const t = useT();
  const plan = usePlan();
  const route = useApp((s) => s.route);
  const go = useApp((s) => s.go);
  const sceneId = route.name === 'editor' ? route.sceneId : undefined;
  const scene = plan.scenes.find((s) => s.id === sceneId) ?? plan.scenes[0];
  const [result, setResult] = useState<SceneResult | null>(null);
  useUndoShortcuts();

  // Keep the URL on a scene that exists (after removing a scene, after undo of an add).
  useEffect(() => {
    if (scene && scene.id !== sceneId) go({ name: 'editor', planId: plan.id, sceneId: scene.id });
  }, [scene, sceneId, plan.id, go]);

  return (
    <div className="editor">
      <EditorBar />
      <SceneTabs current={scene?.id} />
      {scene ? (
        <div className="workspace">
          <div className="canvas-column">
            <SceneToolbar scene={scene} onPlaced={setResult} />
            {result && result.unsupported.length > 0 ? (
              <p className="notice" role="status">
                {t('editor.unsupported', { kinds: result.unsupported.map((k) => t(`kind.${k}` as never)).join('、') })}
              </p>
            ) : null}
            <VenueCanvas scene={scene} reasons={result?.reasons ?? {}} />
            <Warnings result={result} />
          </div>
          <aside className="side">
            <TablePanel scene={scene} />
            <PeoplePanel scene={scene} />
          </aside>
        </div>
      ) : (
        <p className="empty">{t('editor.noScenes')}</p>
      )}
    </div>
  );
}

function EditorBar() {
  const t = useT();
  const plan = usePlan();
  const lang = useApp((s) => s.lang);
  const history = useApp((s) => s.history);
  const { undo, redo, go, saveState, saveError, repairs } = useApp();
  const lastUndo = history?.past.at(-1);
  const nextRedo = history?.future[0];
  const undoTitle = lastUndo
    ? t('editor.undoLabel', { label: describeGesture(lang, lastUndo.label, lastUndo.plan) })
    : t('editor.nothingToUndo');
  const redoTitle = nextRedo
    ? t('editor.redoLabel', { label: describeGesture(lang, nextRedo.label, history!.present) })
    : t('editor.nothingToRedo');
  return (
    <>
      <header className="topbar">
        <button onClick={() => go({ name: 'library' })}>← {t('editor.back')}</button>
        <h1 className="plan-title">{plan.name}</h1>
        <span className="muted">{plan.organisation}</span>
        <div className="spacer" />
        <button onClick={undo} disabled={!lastUndo} title={undoTitle} aria-label={undoTitle}>
          ↶ {t('editor.undo')}
        </button>
        <button onClick={redo} disabled={!nextRedo} title={redoTitle} aria-label={redoTitle}>
          ↷ {t('editor.redo')}
        </button>
        <span className={`save-state ${saveState}`} role="status">
          {saveState === 'saving'
            ? t('save.saving')
            : saveState === 'saved'
              ? t('save.saved')
              : saveState === 'error'
                ? t('save.failed', { message: saveError ?? '' })
                : ''}
        </span>
        <LangSwitch />
      </header>
      {repairs.length > 0 ? (
        <div className="notice">
          {t('repairs.title')}
          <ul>
            {repairs.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

function SceneToolbar({ scene, onPlaced }: { scene: Scene; onPlaced(result: SceneResult): void }) {
  const t = useT();
  const plan = usePlan();
  const dispatch = useApp((s) => s.dispatch);
  const select = useApp((s) => s.select);
  const placed = scene.assignments.length;

  const addTable = () => {
    const tables = scene.items.filter((i) => i.kind === 'round-table');
    const x = tables.length ? Math.max(...tables.map((i) => i.x)) + 3 : 0;
    const item = roundTable(newId, x, 0);
    dispatch({ type: 'item/add', sceneId: scene.id, items: [item] });
    select([item.id]);
  };

  const autoPlace = () => {
    const result = autoPlaceScene(plan, scene.id);
    dispatch({ type: 'seat/apply', sceneId: scene.id, assignments: result.assignments, tableNumbers: result.tableNumbers });
    onPlaced(result);
  };

  return (
    <div className="toolbar">
      {scene.kind === 'banquet' ? <button onClick={addTable}>＋ {t('editor.addRoundTable')}</button> : null}
      <button className="primary" onClick={autoPlace}>
        {t('editor.autoPlace')}
      </button>
      <span className="muted">{t('editor.placed', { count: placed })}</span>
    </div>
  );
}

function Warnings({ result }: { result: SceneResult | null }) {
  const lang = useApp((s) => s.lang);
  if (!result || result.warnings.length === 0) return null;
  return (
    <ul className="warnings" role="status">
      {result.warnings.map((w, i) => (
        <li key={`${w.code}-${i}`} data-code={w.code}>
          ⚠ {lang === 'zh' ? w.zh : w.en}
        </li>
      ))}
    </ul>
  );
}
