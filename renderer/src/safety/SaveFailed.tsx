/**
 * Shown while saving fails: the officer's changes are kept in this window and retried (the
 * store's autosave), and can be taken away as a .zuoci file meanwhile.
 */
import { useState } from 'react';
import { useT } from '../i18n';
import { useApp, usePlan } from '../state/app-store';
import { exportPlanFile } from './safety-actions';

export function SaveFailed() {
  const t = useT();
  const plan = usePlan();
  const saveState = useApp((s) => s.saveState);
  const retrySave = useApp((s) => s.retrySave);
  const [exportError, setExportError] = useState<string | null>(null);
  if (saveState !== 'error') return null;
  const exportFile = () =>
    exportPlanFile(plan).then(
      () => setExportError(null),
      (e: unknown) => setExportError(t('safety.exportFailed', { message: (e as Error).message })),
    );
  return (
    <div className="notice save-failed" role="alert">
      <span>{t('save.failedBanner')}</span>
      <button onClick={() => void retrySave()}>{t('save.retryNow')}</button>
      <button className="primary" onClick={() => void exportFile()}>
        {t('safety.export')}
      </button>
      {exportError ? <span className="form-error">{exportError}</span> : null}
    </div>
  );
}
