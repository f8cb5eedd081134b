/**
 * The people panel's two ways to the directory: 从常用人员库选人 (tick entries; they join the plan
 * linked to their entries) and 加入常用人员库 (tick the plan's people; they become entries).
 */
import { useEffect, useMemo, useState } from 'react';
import type { DirectoryEntry } from '../../../shared/model/types';
import { notInDirectory } from '../../../shared/people/directory';
import { call } from '../bridge';
import { useErrorText, useT } from '../i18n';
import { usePlan } from '../state/app-store';
import { Dialog } from '../ui/Dialog';
import { addToDirectory, pickIntoPlan } from './actions';
import { detailOf, PickList, type PickRow } from './PickList';
import './directory.css';

type Open = 'pick' | 'add' | null;

export function DirectoryButtons() {
  const t = useT();
  const [open, setOpen] = useState<Open>(null);
  return (
    <>
      <button onClick={() => setOpen('pick')}>{t('directory.pick')}</button>
      <button onClick={() => setOpen('add')}>{t('directory.addFromPlan')}</button>
      {open ? <DirectoryDialog mode={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}

function DirectoryDialog({ mode, onClose }: { mode: 'pick' | 'add'; onClose(): void }) {
  const t = useT();
  const errorText = useErrorText();
  const plan = usePlan();
  const [entries, setEntries] = useState<DirectoryEntry[] | null>(null);
  const [chosen, setChosen] = useState(new Set<string>());
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('directory.list', {}).then(setEntries, (e: unknown) => setError(errorText(e)));
  }, [errorText]);

  const rows = useMemo((): PickRow[] => {
    if (!entries) return [];
    if (mode === 'add') {
      return notInDirectory(plan.people, entries).map((p) => ({ ...p, detail: detailOf(p) }));
    }
    const inPlan = new Set(plan.people.flatMap((p) => p.directoryId ?? []));
    return entries.map((e) => ({
      ...e,
      detail: detailOf(e),
      ...(inPlan.has(e.id) ? { disabledReason: t('directory.inPlan') } : {}),
    }));
  }, [entries, mode, plan.people, t]);

  const confirm = async () => {
    try {
      if (mode === 'pick') pickIntoPlan((entries ?? []).filter((e) => chosen.has(e.id)));
      else await addToDirectory(plan.people.filter((p) => chosen.has(p.id)));
      onClose();
    } catch (e) {
      setError(errorText(e));
    }
  };

  const n = chosen.size;
  return (
    <Dialog
      title={mode === 'pick' ? t('directory.pick') : t('directory.addFromPlan')}
      okLabel={mode === 'pick' ? t('directory.pickSelected', { n }) : t('directory.addSelected', { n })}
      okDisabled={n === 0}
      onOk={() => void confirm()}
      onCancel={onClose}
    >
      <p className="muted">{mode === 'pick' ? t('directory.pickHint') : t('directory.addFromPlanHint')}</p>
      {entries && rows.length === 0 ? (
        <p className="empty">{mode === 'pick' ? t('directory.empty') : t('directory.allInDirectory')}</p>
      ) : (
        <PickList rows={rows} chosen={chosen} onChange={setChosen} />
      )}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
