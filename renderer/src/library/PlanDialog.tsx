/**
 * A plan's details: name, dates, visiting organisation, and 商务/政务 (the default convention,
 * which each scene may override). Used to create a plan and to edit one.
 */
import { useState } from 'react';
import type { Convention } from '../../../shared/model/types';
import { useT } from '../i18n';
import { Dialog } from '../ui/Dialog';
import { PLAN_LIMITS } from '../../../shared/model/limits';
import { tooLong } from '../ui/too-long';

export interface PlanFields {
  name: string;
  organisation: string;
  convention: Convention;
  startDate?: string;
  endDate?: string;
}

export function PlanDialog(props: { title: string; initial?: PlanFields; onOk(fields: PlanFields): void; onCancel(): void }) {
  const t = useT();
  const [name, setName] = useState(props.initial?.name ?? '');
  const [organisation, setOrganisation] = useState(props.initial?.organisation ?? '');
  const [startDate, setStart] = useState(props.initial?.startDate ?? '');
  const [endDate, setEnd] = useState(props.initial?.endDate ?? '');
  const [convention, setConvention] = useState<Convention>(props.initial?.convention ?? 'commercial');
  const datesWrong = Boolean(startDate && endDate && endDate < startDate);
  const error =
    (!name.trim() ? t('plan.nameRequired') : undefined) ??
    tooLong(t, t('plan.name'), name.trim(), PLAN_LIMITS.name) ??
    tooLong(t, t('plan.organisation'), organisation.trim(), PLAN_LIMITS.organisation) ??
    (datesWrong ? t('plan.datesOrder') : '');
  return (
    <Dialog
      title={props.title}
      okDisabled={Boolean(error)}
      onCancel={props.onCancel}
      onOk={() =>
        props.onOk({
          name: name.trim(),
          organisation: organisation.trim(),
          convention,
          ...(startDate ? { startDate } : {}),
          ...(endDate ? { endDate } : {}),
        })
      }
    >
      <label className="field">
        <span>{t('plan.name')}</span>
        <input name="plan-name" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('plan.organisation')}</span>
        <input name="plan-organisation" value={organisation} onChange={(e) => setOrganisation(e.target.value)} />
      </label>
      <div className="field-row">
        <label className="field">
          <span>{t('plan.startDate')}</span>
          <input type="date" name="plan-start" value={startDate} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('plan.endDate')}</span>
          <input type="date" name="plan-end" value={endDate} onChange={(e) => setEnd(e.target.value)} />
        </label>
      </div>
      <fieldset className="field">
        <legend>{t('plan.convention')}</legend>
        {(['commercial', 'government'] as const).map((c) => (
          <label key={c} className="radio">
            <input type="radio" name="plan-convention" checked={convention === c} onChange={() => setConvention(c)} />
            {t(`convention.${c}`)}
          </label>
        ))}
      </fieldset>
      {error && name ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
