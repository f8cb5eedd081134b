import { useEffect, useState } from 'react';
import { useErrorText, useT } from './i18n';
import { Editor } from './editor/Editor';
import { PlanLibrary } from './library/PlanLibrary';
import { DirectoryScreen } from './directory/DirectoryScreen';
import { useApp } from './state/app-store';

/** `restored`: the session restore started by boot.tsx (state/startup.ts); nothing shows before it. */
export function App({ restored }: { restored: Promise<void> }) {
  const route = useApp((s) => s.route);
  const hasPlan = useApp((s) => s.history !== null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    void restored.then(() => setReady(true));
  }, [restored]);

  if (!ready) return null;
  if (route.name === 'directory') return <DirectoryScreen />;
  if (route.name !== 'editor') return <PlanLibrary />;
  return hasPlan ? <Editor /> : <OpenFailed />;
}

/** A plan that cannot be opened (deleted meanwhile, damaged) leaves the user a way back. */
function OpenFailed() {
  const t = useT();
  const errorText = useErrorText();
  const loadError = useApp((s) => s.loadError);
  const go = useApp((s) => s.go);
  return (
    <div className="empty" role="alert">
      <p>{t('error.load', { message: errorText(loadError) })}</p>
      <button onClick={() => go({ name: 'library' })}>← {t('editor.back')}</button>
    </div>
  );
}
