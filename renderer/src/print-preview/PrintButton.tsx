/** The editor's 输出/打印 button: opens the print preview for the current plan and scene. */
import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n';
import { useApp, usePlan } from '../state/app-store';

// The preview brings the font faces and the static renderer: load it when first opened.
const PrintPreview = lazy(() => import('./PrintPreview').then((m) => ({ default: m.PrintPreview })));

export function PrintButton() {
  const t = useT();
  const plan = usePlan();
  const route = useApp((s) => s.route);
  const [open, setOpen] = useState(false);
  const sceneId = route.name === 'editor' ? route.sceneId : undefined;
  return (
    <>
      <button onClick={() => setOpen(true)}>⎙ {t('print.open')}</button>
      {open ? (
        <Suspense fallback={null}>
          <PrintPreview plan={plan} {...(sceneId ? { sceneId } : {})} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
