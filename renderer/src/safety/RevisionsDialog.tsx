/**
 * 版本: the open plan's named snapshots and automatic revisions. Take a snapshot under a
 * name, restore any revision (the current state is kept as a revision first, by the host).
 */
import { useCallback, useEffect, useState } from 'react';
import type { ResponseOf } from '../../../shared/ipc/contract';
import { call } from '../bridge';
import { useErrorText, useT } from '../i18n';
import { useApp, usePlan } from '../state/app-store';
import { Dialog } from '../ui/Dialog';
import { autosaveSettled } from './safety-actions';
import { useFormatTime } from './format';

type Revision = ResponseOf<'revisions.list'>[number];

export function RevisionsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const errorText = useErrorText();
  const plan = usePlan();
  const openPlan = useApp((s) => s.openPlan);
  const route = useApp((s) => s.route);
  const formatTime = useFormatTime();
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [confirm, setConfirm] = useState<Revision | null>(null);

  const label = (r: Revision) => r.name || (r.reason ? t(`safety.reason.${r.reason}`) : t('safety.auto'));
  const reload = useCallback(
    () =>
      call('revisions.list', { planId: plan.id }).then(setRevisions, (e: unknown) =>
        setMessage({ error: true, text: errorText(e) }),
      ),
    [plan.id, errorText],
  );
  useEffect(() => void reload(), [reload]);

  const snapshot = async () => {
    try {
      await call('revisions.create', { planId: plan.id, name: name.trim(), auto: false, plan });
      setName('');
      setMessage({ error: false, text: t('safety.snapshotTaken', { name: name.trim() }) });
      await reload();
    } catch (e) {
      setMessage({ error: true, text: errorText(e) });
    }
  };

  const restore = async (r: Revision) => {
    setConfirm(null);
    try {
      await autosaveSettled();
      await call('revisions.restore', { planId: plan.id, revisionId: r.id });
      // Reopen: the editor, its undo history and its save base follow the restored plan.
      await openPlan(plan.id, route.name === 'editor' ? route.sceneId : undefined);
      onClose();
    } catch (e) {
      setMessage({ error: true, text: errorText(e) });
    }
  };

  if (confirm) {
    return (
      <Dialog
        title={t('safety.restore')}
        okLabel={t('safety.restore')}
        onOk={() => void restore(confirm)}
        onCancel={() => setConfirm(null)}
      >
        <p>{t('safety.confirmRestore', { name: label(confirm), time: formatTime(confirm.createdAt) })}</p>
      </Dialog>
    );
  }

  return (
    <Dialog title={t('safety.revisionsTitle')} okLabel={t('common.close')} onOk={onClose} onCancel={onClose}>
      <div className="safety-snapshot">
        <label className="field">
          <span>{t('safety.snapshotName')}</span>
          <input
            name="snapshot-name"
            value={name}
            maxLength={200}
            placeholder={t('safety.snapshotPlaceholder')}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button type="button" disabled={!name.trim()} onClick={() => void snapshot()}>
          {t('safety.takeSnapshot')}
        </button>
      </div>
      {message ? (
        <p className={message.error ? 'form-error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      {revisions && revisions.length === 0 ? <p className="empty">{t('safety.noRevisions')}</p> : null}
      <ul className="safety-list">
        {(revisions ?? []).map((r) => (
          <li key={r.id} data-revision={r.id} className={r.auto ? 'auto' : 'named'}>
            <span className="safety-name">
              {label(r)}
              {r.auto && r.name ? <small className="muted"> · {t('safety.auto')}</small> : null}
            </span>
            <span className="muted">
              {formatTime(r.createdAt)} · {t('library.counts', { people: r.peopleCount, scenes: r.sceneCount })}
            </span>
            <button type="button" onClick={() => setConfirm(r)}>
              {t('safety.restore')}
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
