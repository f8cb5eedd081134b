/** The first screen: every plan, most recently changed first. */
import { useEffect, useState } from 'react';
import type { PlanSummary } from '../../../shared/model/types';
import { call } from '../bridge';
import { useErrorText, useT } from '../i18n';
import { LibrarySafety } from '../safety/LibrarySafety';
import { useApp } from '../state/app-store';
import { Dialog, PromptDialog } from '../ui/Dialog';
import { LangSwitch } from '../ui/LangSwitch';
import { PlanDialog } from './PlanDialog';
import { PLAN_LIMITS } from '../../../shared/model/limits';

type Pending =
  | { kind: 'create' }
  | { kind: 'rename'; plan: PlanSummary }
  | { kind: 'duplicate'; plan: PlanSummary }
  | { kind: 'delete'; plan: PlanSummary }
  | null;

export function PlanLibrary() {
  const t = useT();
  const errorText = useErrorText();
  const lang = useApp((s) => s.lang);
  const plans = useApp((s) => s.library);
  const loadLibrary = useApp((s) => s.loadLibrary);
  const openPlan = useApp((s) => s.openPlan);
  const go = useApp((s) => s.go);
  const [pending, setPending] = useState<Pending>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadLibrary().catch((e: unknown) => setError(errorText(e)));
  }, [loadLibrary, errorText]);

  /** Runs a library action, then refreshes the list; failures are shown, not thrown. */
  const act = async (action: () => Promise<unknown>) => {
    setPending(null);
    try {
      await action();
      await loadLibrary();
    } catch (e) {
      setError(errorText(e));
    }
  };

  const formatTime = (ms: number) =>
    new Date(ms).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <div className="library">
      <header className="topbar">
        <h1>
          {t('app.title')} <small>{t('app.tagline')}</small>
        </h1>
        <div className="spacer" />
        <LangSwitch />
      </header>
      <main className="library-main">
        <div className="library-head">
          <h2>{t('library.title')}</h2>
          <button className="primary" onClick={() => setPending({ kind: 'create' })}>
            {t('library.new')}
          </button>
          <button onClick={() => go({ name: 'directory' })}>{t('directory.open')}</button>
          <LibrarySafety onChanged={loadLibrary} />
        </div>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        {plans.length === 0 ? <p className="empty">{t('library.empty')}</p> : null}
        <ul className="plan-list">
          {plans.map((plan) => (
            <li key={plan.id} className="plan-card" data-plan-id={plan.id}>
              <button className="plan-open" onClick={() => void openPlan(plan.id)}>
                <strong className="plan-name">{plan.name}</strong>
                <span>{plan.organisation}</span>
                <span>
                  {[plan.startDate, plan.endDate].filter(Boolean).join(' – ')} · {t(`convention.${plan.convention}`)}
                </span>
                <span className="muted">
                  {t('library.counts', { people: plan.peopleCount, scenes: plan.sceneCount })} ·{' '}
                  {t('library.updated', { time: formatTime(plan.updatedAt) })}
                </span>
              </button>
              <div className="plan-actions">
                <button onClick={() => setPending({ kind: 'rename', plan })}>{t('common.rename')}</button>
                <button onClick={() => setPending({ kind: 'duplicate', plan })}>{t('library.duplicate')}</button>
                <button className="danger" onClick={() => setPending({ kind: 'delete', plan })}>
                  {t('common.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      </main>
      {pending?.kind === 'create' ? (
        <PlanDialog
          title={t('library.new')}
          onCancel={() => setPending(null)}
          onOk={(fields) =>
            void act(async () => {
              const plan = await call('plans.create', fields);
              await openPlan(plan.id);
            })
          }
        />
      ) : null}
      {pending?.kind === 'rename' ? (
        <PromptDialog
          title={t('common.rename')}
          label={t('library.renamePrompt')}
          initial={pending.plan.name}
          max={PLAN_LIMITS.name}
          onCancel={() => setPending(null)}
          onOk={(name) => name && void act(() => call('plans.rename', { id: pending.plan.id, name }))}
        />
      ) : null}
      {pending?.kind === 'duplicate' ? (
        <PromptDialog
          title={t('library.duplicate')}
          label={t('plan.name')}
          initial={t('library.duplicateName', { name: pending.plan.name })}
          max={PLAN_LIMITS.name}
          onCancel={() => setPending(null)}
          onOk={(name) => name && void act(() => call('plans.duplicate', { id: pending.plan.id, name }))}
        />
      ) : null}
      {pending?.kind === 'delete' ? (
        <Dialog
          title={t('common.delete')}
          danger
          okLabel={t('common.delete')}
          onCancel={() => setPending(null)}
          onOk={() => void act(() => call('plans.delete', { id: pending.plan.id }))}
        >
          <p>{t('library.confirmDelete', { name: pending.plan.name })}</p>
        </Dialog>
      ) : null}
    </div>
  );
}
