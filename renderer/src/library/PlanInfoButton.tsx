/** The editor's "计划信息" button: edit the open plan's details as one undoable step. */
import { useState } from 'react';
import { useT } from '../i18n';
import { useApp, usePlan } from '../state/app-store';
import { PlanDialog } from './PlanDialog';

export function PlanInfoButton() {
  const t = useT();
  const plan = usePlan();
  const dispatch = useApp((s) => s.dispatch);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button onClick={() => setOpen(true)}>{t('plan.info')}</button>
      {open ? (
        <PlanDialog
          title={t('plan.info')}
          initial={plan}
          onCancel={() => setOpen(false)}
          onOk={(fields) => {
            // A date the officer cleared is removed from the plan (null), not left as it was.
            dispatch({ type: 'plan/update', patch: { startDate: null, endDate: null, ...fields } });
            setOpen(false);
          }}
        />
      ) : null}
    </>
  );
}
