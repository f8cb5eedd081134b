/** The plan editor: scene tabs, the venue canvas, and the people and table panels. */
import { useEffect } from 'react';
import './editor.css';
import { describeGesture } from '../../../shared/commands/describe';
import type { SceneResult } from '../../../shared/engine/types';
import { newId } from '../../../shared/model/ids';
import type { Scene } from '../../../shared/model/types';
import { make } from '../../../shared/templates';
import { addItems, autoPlace, freeSpot } from '../canvas/actions';
import { useCanvasUi, viewport } from '../canvas/canvas-ui';
import { VenueCanvas } from '../canvas/VenueCanvas';
import { useExplain, useT } from '../i18n';
import { useApp, usePlan } from '../state/app-store';
import { PlanInfoButton } from '../library/PlanInfoButton';
import { PrintButton } from '../print-preview/PrintButton';
import { SaveConflict } from '../ui/SaveConflict';
import { SaveFailed } from '../safety/SaveFailed';
import { EditorSafety } from '../safety/EditorSafety';
import { LangSwitch } from '../ui/LangSwitch';
import { Inspector } from './Inspector';
import { UnderlayPanel } from '../underlay/UnderlayPanel';
import { Palette } from './Palette';
import { ChangeList } from '../people/ChangeList';
import { PeoplePanel } from '../people/PeoplePanel';
import { DirectoryUpdates } from '../directory/DirectoryUpdates';
import { PlacementReport } from './PlacementReport';
import { ProblemsPanel } from './ProblemsPanel';
import { AffectedLegend, ReplaceAllButton, ReplaceAllReport } from './ReplaceAll';
import { SceneTabs } from './SceneTabs';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { repairText } from '../../../shared/i18n/problems';

export function Editor() {
  const t = useT();
  const plan = usePlan();
  const route = useApp((s) => s.route);
  const go = useApp((s) => s.go);
  const sceneId = route.name === 'editor' ? route.sceneId : undefined;
  const scene = plan.scenes.find((s) => s.id === sceneId) ?? plan.scenes[0];
  const placement = useCanvasUi((s) => s.placement);
  const result = placement && placement.sceneId === scene?.id ? placement.result : null;
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
            <SceneToolbar scene={scene} />
            {result && result.unsupported.length > 0 ? (
              <p className="notice" role="status">
                {t('editor.unsupported', { kinds: result.unsupported.map((k) => t(`kind.${k}` as never)).join('、') })}
              </p>
            ) : null}
            <PlacementReport scene={scene} />
            <ChangeList scene={scene} />
            <AffectedLegend scene={scene} />
            <VenueCanvas scene={scene} />
            <Warnings result={result} />
          </div>
          <aside className="side">
            <Inspector scene={scene} />
            <UnderlayPanel scene={scene} />
            <ProblemsPanel scene={scene} />
            <PeoplePanel scene={scene} />
          </aside>
        </div>
      ) : (
        <p className="empty">{t('editor.noScenes')}</p>
      )}
      <ReplaceAllReport />
    </div>
  );
}

function EditorBar() {
  const t = useT();
  const plan = usePlan();
  const lang = useApp((s) => s.lang);
  const history = useApp((s) => s.history);
  const { undo, redo, go, saveState, repairs } = useApp();
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
                ? t('save.failed')
                : ''}
        </span>
        <PrintButton />
        <PlanInfoButton />
        <EditorSafety />
        <LangSwitch />
      </header>
      <SaveConflict />
      <SaveFailed />
      <DirectoryUpdates />
      {repairs.length > 0 ? (
        <div className="notice">
          {t('repairs.title')}
          <ul>
            {repairs.map((r, i) => (
              <li key={i}>{repairText(lang, r)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

function SceneToolbar({ scene }: { scene: Scene }) {
  const t = useT();
  const selection = useApp((s) => s.selection);
  const grid = useCanvasUi((s) => s.grid);
  const setGrid = useCanvasUi((s) => s.setGrid);
  const snapToItems = useCanvasUi((s) => s.snapToItems);
  const setSnapToItems = useCanvasUi((s) => s.setSnapToItems);
  const placed = scene.assignments.length;
  const chosen = scene.items.filter((i) => selection.includes(i.id)).map((i) => i.id);

  const addTable = () => addItems([freeSpot(make.roundTable(newId, { x: 0, y: 0 }), viewport.centre)]);

  return (
    <div className="toolbar">
      <Palette />
      {scene.kind === 'banquet' ? <button onClick={addTable}>＋ {t('editor.addRoundTable')}</button> : null}
      <button className="primary" onClick={() => autoPlace()}>
        {t('editor.autoPlace')}
      </button>
      <ReplaceAllButton />
      {chosen.length > 0 ? (
        <button onClick={() => autoPlace(chosen)} title={t('editor.autoPlaceSelectionHint')}>
          {t('editor.autoPlaceSelection', { count: chosen.length })}
        </button>
      ) : null}
      <span className="muted">{t('editor.placed', { count: placed })}</span>
      <div className="spacer" />
      <label className="field inline compact">
        <span>{t('editor.grid')}</span>
        <select name="grid" value={String(grid)} onChange={(e) => setGrid(Number(e.target.value) as 0 | 0.1 | 0.5)}>
          <option value="0.1">{t('canvas.metres', { n: 0.1 })}</option>
          <option value="0.5">{t('canvas.metres', { n: 0.5 })}</option>
          <option value="0">{t('editor.gridOff')}</option>
        </select>
      </label>
      <label className="field inline compact check">
        <input type="checkbox" name="snap-items" checked={snapToItems} onChange={(e) => setSnapToItems(e.target.checked)} />
        <span>{t('editor.snapToItems')}</span>
      </label>
      <button
        className="icon"
        title={t('keys.title')}
        aria-label={t('keys.title')}
        onClick={() => useCanvasUi.getState().setHelp(true)}
      >
        ?
      </button>
    </div>
  );
}

function Warnings({ result }: { result: SceneResult | null }) {
  const explain = useExplain();
  if (!result || result.warnings.length === 0) return null;
  return (
    <ul className="warnings" role="status">
      {result.warnings.map((w, i) => (
        <li key={`${w.code}-${i}`} data-code={w.code}>
          ⚠ {explain.warning(w)}
        </li>
      ))}
    </ul>
  );
}
