/**
 * An elevator's boarding and leaving order (RULES.md §6) in the inspector, so the officer sees it
 * while arranging, not only on the printed 乘梯顺序 sheet: the same orders (shared/output/elevator.ts)
 * and the same words as that sheet.
 */
import { useMemo } from 'react';
import { seatLabelText } from '../../../shared/i18n/seat-labels';
import type { Person } from '../../../shared/model/types';
import { elevatorOrders } from '../../../shared/output/elevator';
import type { DetailsProps } from '../canvas/kinds/types';

export function ElevatorOrders({ item, scene, plan, lang, t }: DetailsProps<'elevator'>) {
  const order = useMemo(() => elevatorOrders(plan, scene).find((o) => o.itemId === item.id), [plan, scene, item.id]);
  const seatOf = new Map(
    scene.assignments.filter((a) => a.itemId === item.id).map((a) => [a.personId, seatLabelText(lang, item.kind, a.seat)]),
  );
  const list = (heading: string, people: Person[], name: string) => (
    <table className="elevator-order" data-order={name}>
      <caption>{heading}</caption>
      <thead>
        <tr>
          <th>{t('print.order')}</th>
          <th>{t('print.name')}</th>
          <th>{t('print.seat')}</th>
        </tr>
      </thead>
      <tbody>
        {people.map((p, i) => (
          <tr key={p.id}>
            <td>{i + 1}</td>
            <td>{p.name}</td>
            <td>{seatOf.get(p.id) ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section className="elevator-orders" aria-label={t('elevator.orders')}>
      <h4>{t('elevator.orders')}</h4>
      {order && order.enter.length ? (
        <>
          {list(t('print.enter'), order.enter, 'enter')}
          {list(t('print.exit'), order.exit, 'exit')}
        </>
      ) : (
        <p className="muted">{t('elevator.noRiders')}</p>
      )}
    </section>
  );
}
