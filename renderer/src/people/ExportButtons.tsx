/** The people list with everyone's seats in every scene, to Excel (.xlsx, written by the host) and CSV. */
import { useState } from 'react';
import { peopleTable, toCsv } from '../../../shared/people';
import { call } from '../bridge';
import { useErrorText, useT } from '../i18n';
import { useApp, usePlan } from '../state/app-store';
import { base64ToBytes, download, safeFileName } from './download';

export function ExportButtons() {
  const t = useT();
  const errorText = useErrorText();
  const plan = usePlan();
  const lang = useApp((s) => s.lang);
  const [error, setError] = useState<string | null>(null);
  const name = safeFileName(t('people.exportFile', { plan: plan.name }));

  const xlsx = async () => {
    setError(null);
    try {
      const { data } = await call('people.writeXlsx', { table: peopleTable(plan, lang) });
      download(`${name}.xlsx`, base64ToBytes(data), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    } catch (e) {
      setError(t('people.exportFailed', { message: errorText(e) }));
    }
  };
  const csv = () => download(`${name}.csv`, toCsv(peopleTable(plan, lang)), 'text/csv;charset=utf-8');

  return (
    <>
      <button onClick={() => void xlsx()} disabled={plan.people.length === 0}>
        {t('people.exportXlsx')}
      </button>
      <button onClick={csv} disabled={plan.people.length === 0}>
        {t('people.exportCsv')}
      </button>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
