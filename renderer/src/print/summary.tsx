/**
 * The leaders' one-page summary (领导一览): the principal people of each side and where each of
 * them sits in every scene of the visit, in the visit's order.
 */
import { translate, type Lang } from '../../../shared/i18n/translate';
import type { Plan } from '../../../shared/model/types';
import { sheetOf } from '../../../shared/output/paper';
import { principals, whereabouts } from '../../../shared/output/summary';
import { planMeta } from './chart';

export function SummaryPage({ plan, lang, title }: { plan: Plan; lang: Lang; title: string }) {
  const sheet = sheetOf('A4', plan.scenes.length > 3 ? 'landscape' : 'portrait');
  const where = whereabouts(plan, lang);
  const people = principals(plan);
  return (
    <section className="sheet list-page summary" style={{ width: `${sheet.w}mm`, height: `${sheet.h}mm` }}>
      <div className="list-body" style={{ left: '12mm', top: '12mm', width: `${sheet.w - 24}mm` }}>
        <h1>{`${plan.name} · ${title}`}</h1>
        <div className="meta">{planMeta(plan)}</div>
        <h2>{translate(lang, 'print.summary.scenes')}</h2>
        <table className="list">
          <thead>
            <tr>
              <th style={{ width: '24mm' }}>{translate(lang, 'print.name')}</th>
              <th style={{ width: '14mm' }}>{translate(lang, 'print.side')}</th>
              <th>{translate(lang, 'print.personTitle')}</th>
              {plan.scenes.map((s) => (
                <th key={s.id}>{s.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id} data-person={p.id}>
                <td>
                  <b>{p.name}</b>
                </td>
                <td>{translate(lang, `side.${p.side}`)}</td>
                <td>{[p.organisation, p.title].filter(Boolean).join(' · ')}</td>
                {plan.scenes.map((s) => (
                  <td key={s.id}>{where.get(p.id)?.get(s.id) ?? translate(lang, 'common.none')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
