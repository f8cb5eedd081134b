/**
 * What a (re)load restores: the language and, after a reload or restart in the editor, the plan
 * that was open. Started by main.tsx before React's first render and with both requests at once,
 * so the host's answers are on their way while the page is still being set up.
 */
import { call } from '../bridge';
import { useApp } from './app-store';

export function restoreSession(): Promise<void> {
  const lang = call('settings.get', { key: 'lang' })
    .then((value) => {
      if (value === 'en' || value === 'zh') useApp.getState().setLang(value);
    })
    .catch(() => undefined);
  const start = useApp.getState().route;
  const plan = start.name === 'editor' ? useApp.getState().openPlan(start.planId, start.sceneId) : undefined;
  return Promise.all([lang, plan]).then(() => undefined);
}
