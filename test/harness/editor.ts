/**
 * A headless editor for vitest: the renderer's real zustand store (`state/app-store.ts`), canvas
 * actions (`canvas/actions.ts`), people actions (`people/log-actions.ts`) and the people
 * directory's (`directory/actions.ts`) over the real
 * services on a temp data folder (host.ts). Editor flows — create a plan, add items and people,
 * 自动排座, undo/redo, autosave, reload — run without a browser; only React and Konva are left
 * out. `reload()` does what a page reload does: fresh renderer modules, the same host and URL,
 * and the session restored the way the entry module restores it (`prefetch` → `restoreSession`).
 */
import { vi } from 'vitest';
import type { Plan, Scene } from '../../shared/model/types';
import { startHost, type TestHost } from './host';
import { installWindow, removeWindow, type TestWindow } from './window';

/** The renderer modules a flow drives; loaded afresh for every editor (and every reload). */
async function loadRenderer() {
  vi.resetModules();
  const [store, actions, canvasUi, people, directory, bridge, prefetch, startup] = await Promise.all([
    import('../../renderer/src/state/app-store'),
    import('../../renderer/src/canvas/actions'),
    import('../../renderer/src/canvas/canvas-ui'),
    import('../../renderer/src/people/log-actions'),
    import('../../renderer/src/directory/actions'),
    import('../../renderer/src/bridge'),
    import('../../renderer/src/state/prefetch'),
    import('../../renderer/src/state/startup'),
  ]);
  return {
    drive: { useApp: store.useApp, actions, useCanvasUi: canvasUi.useCanvasUi, people, directory, call: bridge.call },
    /** What renderer/src/main.tsx and boot.tsx do on a (re)load, without rendering. */
    boot: () => startup.restoreSession(prefetch.prefetch()),
  };
}

type Renderer = Awaited<ReturnType<typeof loadRenderer>>;
type Drive = Renderer['drive'];

export interface Editor extends Drive {
  host: TestHost;
  window: TestWindow;
  /** The document as the editor shows it. */
  plan(): Plan;
  /** The scene the route points at (the first scene when it names none). */
  scene(): Scene;
  /** Resolves when no autosave is in flight; fails if the last save failed. */
  saved(): Promise<void>;
  /** A page reload: new renderer modules on the same host and URL, the session restored. */
  reload(): Promise<Editor>;
  /** Stops the host and removes its data folder and the window. */
  close(): void;
}

/** An editor on the plan library of a fresh, empty data folder. */
export async function openEditor(): Promise<Editor> {
  const host = startHost();
  const window = installWindow(host.api);
  return editorOn(host, window, await loadRenderer());
}

function editorOn(host: TestHost, window: TestWindow, { drive }: Renderer): Editor {
  const { useApp, actions } = drive;
  return {
    ...drive,
    host,
    window,
    plan() {
      const plan = useApp.getState().history?.present;
      if (!plan) throw new Error('no plan open');
      return plan;
    },
    scene() {
      const current = actions.currentScene();
      if (!current) throw new Error('no scene open');
      return current.scene;
    },
    saved: () => settled(useApp),
    async reload() {
      // A reload loses what was not saved yet; a flow that means to test that says so itself.
      await settled(useApp);
      const next = await loadRenderer();
      await next.boot();
      return editorOn(host, window, next);
    },
    close() {
      host.close();
      removeWindow();
    },
  };
}

function settled(useApp: Drive['useApp']): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const { saveState, saveError } = useApp.getState();
      if (saveState === 'saving') return;
      unsubscribe();
      if (saveState === 'error' || saveState === 'conflict') reject(new Error(`save ${saveState}: ${saveError ?? ''}`));
      else resolve();
    };
    const unsubscribe = useApp.subscribe(check);
    check();
  });
}
