/**
 * What a (re)load restores: the language and, after a reload or restart in the editor, the plan
 * that was open, from the answers the entry module asked for at once (prefetch.ts).
 */
import { useApp } from './app-store';
import type { Prefetched } from './prefetch';

export function restoreSession(early: Prefetched): Promise<void> {
  const lang = early.lang.then((value) => {
    if (value === 'en' || value === 'zh') useApp.getState().setLang(value);
  });
  const start = useApp.getState().route;
  const plan = start.name === 'editor' ? useApp.getState().openPlan(start.planId, start.sceneId, early.plan) : undefined;
  return Promise.all([lang, plan]).then(() => undefined);
}
