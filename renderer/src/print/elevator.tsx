/**
 * The elevator boarding order (乘梯顺序), RULES.md §6: per elevator, who boards in what order and
 * who leaves in what order (shared/output/elevator.ts).
 */
import { seatLabelText } from '../../../shared/i18n/seat-labels';
import { translate, type Lang } from '../../../shared/i18n/translate';
import type { Person, Plan, Scene } from '../../../shared/model/types';
import { elevatorOrders } from '../../../shared/output/elevator';
import { sheetOf } from '../../../shared/output/paper';
import { seatingItems } from '../../../shared/output/plan-data';
import { planMeta } from './chart';

export function ElevatorPage({ plan, scene, lang, title }: { plan: Plan; scene: Scene; lang: Lang; title: string }) {
  const sheet = sheetOf('A4', 'portrait');
  const orders = elevatorOrders(plan, scene);
  const positions = new Map(
    seatingItems(plan, scene).flatMap((e) =>
      e.seats.filter((s) => s.person).map((s) => [s.person!.id, seatLabelText(lang, e.item.kind, s.label)] as const),
    ),
  );
  const table = (heading: string, list: Person[]) => (
    <table className="list">
      <thead>
        <tr>
          <th style={{ width: '14mm' }}>{translate(lang, 'print.order')}</th>
          <th style={{ width: '30mm' }}>{translate(lang, 'print.name')}</th>
          <th style={{ width: '20mm' }}>{translate(lang, 'print.seat')}</th>
          <th>{heading}</th>
        </tr>
      </thead>
      <tbody>
        {list.map((p, i) => (
          <tr key={p.id}>
            <td>{i + 1}</td>
            <td>{p.name}</td>
            <td>{positions.get(p.id) ?? ''}</td>
            <td>{[p.organisation, p.title].filter(Boolean).join(' · ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section className="sheet list-page" style={{ width: `${sheet.w}mm`, height: `${sheet.h}mm` }}>
      <div className="list-body" style={{ left: '12mm', top: '12mm', width: `${sheet.w - 24}mm` }}>
        <h1>{`${plan.name} · ${scene.name} · ${title}`}</h1>
        <div className="meta">{planMeta(plan)}</div>
        {orders.map((o, i) => (
          <div key={o.itemId} data-item={o.itemId}>
            <h2 style={{ fontSize: '4.5mm', margin: '3mm 0 1.5mm' }}>{translate(lang, 'print.elevator', { n: i + 1 })}</h2>
            {table(translate(lang, 'print.enter'), o.enter)}
            {table(translate(lang, 'print.exit'), o.exit)}
          </div>
        ))}
      </div>
    </section>
  );
}
