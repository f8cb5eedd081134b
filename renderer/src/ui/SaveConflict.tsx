/** Shown when the plan was saved elsewhere meanwhile: the officer chooses; nothing is overwritten silently. */
import { useT } from '../i18n';
import { useApp } from '../state/app-store';

export function SaveConflict() {
  const t = useT();
  const saveState = useApp((s) => s.saveState);
  const resolve = useApp((s) => s.resolveConflict);
  if (saveState !== 'conflict') return null;
  return (
    <div className="notice conflict" role="alert">
      <span>{t('save.conflict')}</span>
      <button onClick={() => void resolve('reload')}>{t('save.reload')}</button>
      <button className="danger" onClick={() => void resolve('overwrite')}>
        {t('save.overwrite')}
      </button>
    </div>
  );
}
