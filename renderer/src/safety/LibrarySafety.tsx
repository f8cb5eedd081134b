/**
 * The plan library's data-safety controls: import a .zuoci file as a new plan, open the
 * restore-from-backup screen, and the notice shown when the database had to be recovered.
 */
import { useEffect, useRef, useState } from 'react';
import type { ResponseOf } from '../../../shared/ipc/contract';
import { call } from '../bridge';
import { fileWarningText } from '../../../shared/i18n/problems';
import { errorText, useT } from '../i18n';
import { useApp } from '../state/app-store';
import { BackupsDialog } from './BackupsDialog';
import './safety.css';
// The host refuses bigger files too; checking here spares reading a huge file into memory.
import { PLAN_FILE_MEGABYTES } from '../../../shared/model/limits';

type Notice = ResponseOf<'safety.notices'>[number];

export function LibrarySafety({ onChanged }: { onChanged(): Promise<void> }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const input = useRef<HTMLInputElement>(null);
  const [backups, setBackups] = useState(false);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [result, setResult] = useState<{ error: boolean; lines: string[] } | null>(null);

  useEffect(() => {
    call('safety.notices', {}).then(setNotices, () => undefined);
  }, []);

  const importFile = async (file: File) => {
    setResult(null);
    if (file.size > PLAN_FILE_MEGABYTES * 1024 * 1024) {
      setResult({
        error: true,
        lines: [t('safety.tooLarge', { file: file.name, size: (file.size / 1024 / 1024).toFixed(1), max: PLAN_FILE_MEGABYTES })],
      });
      return;
    }
    try {
      const { plan, warnings } = await call('planFile.import', { fileName: file.name, text: await file.text() });
      setResult({
        error: false,
        lines: [t('safety.imported', { name: plan.name }), ...warnings.map((w) => fileWarningText(lang, w))],
      });
      await onChanged();
    } catch (e) {
      setResult({ error: true, lines: [t('safety.importFailed', { message: errorText(lang, e) })] });
    }
  };

  return (
    <>
      <button onClick={() => input.current?.click()}>{t('safety.import')}</button>
      <input
        ref={input}
        type="file"
        accept=".zuoci,application/x-zuoci,application/json"
        hidden
        name="zuoci-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <button onClick={() => setBackups(true)}>{t('safety.backups')}</button>
      {backups ? <BackupsDialog onClose={() => setBackups(false)} onRestored={onChanged} /> : null}
      {result || notices.length ? (
        <div className="safety-messages">
          {notices.map((n) => (
            <p key={n.movedTo} className="notice" role="alert">
              {t('safety.damaged', { problem: n.problem, movedTo: n.movedTo })}{' '}
              {n.restoredFrom ? t('safety.damagedRestored', { backup: n.restoredFrom }) : t('safety.damagedEmpty')}
              {n.resumed ? ` ${t('safety.damagedResumed')}` : null}
            </p>
          ))}
          {result ? (
            <div className={result.error ? 'form-error' : 'notice'} role={result.error ? 'alert' : 'status'}>
              {result.lines.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
