/** Couples for western cross-seating: spouses sit apart, the host's and hostess's partners honoured. */
import { useState } from 'react';
import { useT } from '../i18n';
import { useApp, usePlan } from '../state/app-store';

export function Couples() {
  const t = useT();
  const plan = usePlan();
  const dispatch = useApp((s) => s.dispatch);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const byId = new Map(plan.people.map((p) => [p.id, p]));
  // Each couple once: listed from the partner whose id sorts first.
  const couples = plan.people.filter((p) => p.partnerId !== undefined && p.id < p.partnerId);
  const single = plan.people.filter((p) => p.partnerId === undefined);
  const picker = (name: string, value: string, set: (v: string) => void, exclude: string) => (
    <select name={name} aria-label={t('options.couplePerson')} value={value} onChange={(e) => set(e.target.value)}>
      <option value="">{t('common.none')}</option>
      {single
        .filter((p) => p.id !== exclude)
        .map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
    </select>
  );

  return (
    <div className="couples">
      <h4>{t('options.couples')}</h4>
      <ul>
        {couples.map((p) => (
          <li key={p.id} data-couple={`${p.name}+${byId.get(p.partnerId!)?.name ?? ''}`}>
            {p.name} ＋ {byId.get(p.partnerId!)?.name}
            <button
              className="icon danger"
              aria-label={t('options.unlinkCouple')}
              title={t('options.unlinkCouple')}
              onClick={() => dispatch({ type: 'person/partner', personId: p.id, partnerId: null })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="couple-add">
        {picker('couple-first', first, setFirst, second)}
        {picker('couple-second', second, setSecond, first)}
        <button
          disabled={!first || !second}
          onClick={() => {
            dispatch({ type: 'person/partner', personId: first, partnerId: second });
            setFirst('');
            setSecond('');
          }}
        >
          {t('options.linkCouple')}
        </button>
      </div>
    </div>
  );
}
