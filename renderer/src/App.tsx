import { useEffect, useState } from 'react';
import { call } from './bridge';
import { Editor } from './editor/Editor';
import { PlanLibrary } from './library/PlanLibrary';
import { useApp } from './state/app-store';

export function App() {
  const route = useApp((s) => s.route);
  const [ready, setReady] = useState(false);

  // Restore the language and, after a reload, the plan that was open.
  useEffect(() => {
    void (async () => {
      const lang = await call('settings.get', { key: 'lang' }).catch(() => null);
      if (lang === 'en' || lang === 'zh') useApp.getState().setLang(lang);
      const start = useApp.getState().route;
      if (start.name === 'editor') await useApp.getState().openPlan(start.planId, start.sceneId);
      setReady(true);
    })();
  }, []);

  if (!ready) return null;
  return route.name === 'editor' ? <Editor /> : <PlanLibrary />;
}
