/** The editor top bar's data-safety buttons: 版本 (revisions and snapshots) and export as .zuoci. */
import { useState } from 'react';
import { useErrorText, useT } from '../i18n';
import { usePlan } from '../state/app-store';
import { RevisionsDialog } from './RevisionsDialog';
import { exportPlanFile } from './safety-actions';
import './safety.css';

export function EditorSafety() {
  const t = useT();
  const errorText = useErrorText();
  const plan = usePlan();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const exportFile = async () => {
    setError(null);
    try {
      await exportPlanFile(plan);
    } catch (e) {
      setError(t('safety.exportFailed', { message: errorText(e) }));
    }
  };

  return (
    <>
      <button onClick={() => setOpen(true)} title={t('safety.revisionsTitle')}>
        {t('safety.revisions')}
      </button>
      <button onClick={() => void exportFile()}>{t('safety.export')}</button>
      {error ? (
        <span className="form-error" role="alert">
          {error}
        </span>
      ) : null}
      {open ? <RevisionsDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
