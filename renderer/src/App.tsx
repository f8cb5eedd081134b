import { useEffect, useState } from 'react';
import { useT } from './i18n';
import { call } from './bridge';
import { Editor } from './editor/Editor';
import { PlanLibrary } from './library/PlanLibrary';
import { useApp } from './state/app-store';

export function App() {
  const route = useApp((s) => s.route);
  const hasPlan = useApp((s) => s.history !== null);
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
  if (route.name !== 'editor') return <PlanLibrary />;
  return hasPlan ? <Editor /> : <OpenFailed />;
}

/** A plan that cannot be opened (deleted meanwhile, damaged) leaves the user a way back. */
function OpenFailed() {
  const t = useT();
  const loadError = useApp((s) => s.loadError);
  const go = useApp((s) => s.go);
  return (
    <div className="empty" role="alert">
      <p>{t('error.load', { message: loadError ?? '' })}</p>
      <button onClick={() => go({ name: 'library' })}>← {t('editor.back')}</button>
    </div>
  );
}
