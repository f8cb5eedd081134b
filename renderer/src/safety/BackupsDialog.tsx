/**
 * 从备份恢复: the database backups, newest first, and the plans inside the one chosen. The
 * chosen plans are copied back into the library; a plan that still exists keeps its current
 * state as a revision first (the host does that), and other plans are not touched.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ResponseOf } from '../../../shared/ipc/contract';
import { call } from '../bridge';
import { useErrorText, useT } from '../i18n';
import { Dialog } from '../ui/Dialog';
import { formatSize, useFormatTime } from './format';

type Backup = ResponseOf<'backups.list'>[number];
type Summary = ResponseOf<'backups.plans'>[number];

export function BackupsDialog({ onClose, onRestored }: { onClose(): void; onRestored(): Promise<void> }) {
  const t = useT();
  const errorText = useErrorText();
  const formatTime = useFormatTime();
  const [backups, setBackups] = useState<Backup[] | null>(null);
  const [chosen, setChosen] = useState<Backup | null>(null);
  const [plans, setPlans] = useState<Summary[] | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const fail = useCallback((e: unknown) => setMessage({ error: true, text: errorText(e) }), [errorText]);
  const reload = useCallback(() => call('backups.list', {}).then(setBackups, fail), [fail]);
  useEffect(() => void reload(), [reload]);

  const choose = async (b: Backup) => {
    setChosen(b);
    setPlans(null);
    setMessage(null);
    try {
      const inside = await call('backups.plans', { backup: b.name });
      setPlans(inside);
      setPicked(new Set(inside.map((p) => p.id)));
    } catch (e) {
      fail(e);
    }
  };

  const backUpNow = async () => {
    try {
      const made = await call('backups.create', {});
      setMessage({ error: false, text: t('safety.backupMade', { time: formatTime(made.createdAt) }) });
      await reload();
    } catch (e) {
      fail(e);
    }
  };

  const restore = async () => {
    if (!chosen || picked.size === 0) return;
    try {
      const restored = await call('backups.restore', { backup: chosen.name, planIds: [...picked] });
      setMessage({ error: false, text: t('safety.backupRestored', { count: restored.length }) });
      await onRestored();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <Dialog title={t('safety.backupsTitle')} okLabel={t('common.close')} onOk={onClose} onCancel={onClose}>
      <div className="safety-backups">
        <div>
          <button type="button" onClick={() => void backUpNow()}>
            {t('safety.backupNow')}
          </button>
          {backups && backups.length === 0 ? <p className="empty">{t('safety.noBackups')}</p> : null}
          <ul className="safety-list">
            {(backups ?? []).map((b) => (
              <li key={b.name} data-backup={b.name} className={chosen?.name === b.name ? 'chosen' : ''}>
                <button type="button" className="safety-pick" onClick={() => void choose(b)}>
                  <span className="safety-name">{formatTime(b.createdAt)}</span>
                  <span className="muted">
                    {t(`safety.backupKind.${b.kind}`)} · {formatSize(b.size)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
        <div>
          {!chosen ? <p className="muted">{t('safety.pickBackup')}</p> : null}
          {chosen && plans ? (
            <>
              <h3>{t('safety.backupPlans', { time: formatTime(chosen.createdAt) })}</h3>
              {plans.length === 0 ? <p className="empty">{t('library.empty')}</p> : null}
              {plans.map((p) => (
                <label key={p.id} className="radio" data-backup-plan={p.id}>
                  <input
                    type="checkbox"
                    checked={picked.has(p.id)}
                    onChange={(e) => {
                      const next = new Set(picked);
                      if (e.target.checked) next.add(p.id);
                      else next.delete(p.id);
                      setPicked(next);
                    }}
                  />
                  {p.name} <span className="muted">{t('library.counts', { people: p.peopleCount, scenes: p.sceneCount })}</span>
                </label>
              ))}
              <button type="button" className="primary" disabled={picked.size === 0} onClick={() => void restore()}>
                {t('safety.restoreSelected')}
              </button>
            </>
          ) : null}
        </div>
      </div>
      {message ? (
        <p className={message.error ? 'form-error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </Dialog>
  );
}
