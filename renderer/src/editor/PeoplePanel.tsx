/** The plan's people, with where each sits in the current scene. */
import { useState } from 'react';
import { newPerson } from '../../../shared/model/factory';
import { newId } from '../../../shared/model/ids';
import type { Scene, Side } from '../../../shared/model/types';
import { useT } from '../i18n';
import { useApp, usePlan } from '../state/app-store';
import { seatName } from './seat-name';

const SIDES: Side[] = ['guest', 'host', 'staff'];

export function PeoplePanel({ scene }: { scene: Scene }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const plan = usePlan();
  const dispatch = useApp((s) => s.dispatch);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [title, setTitle] = useState('');
  const [side, setSide] = useState<Side>('guest');
  const [rank, setRank] = useState('');
  const nextRank = (s: Side) => plan.people.filter((p) => p.side === s).length + 1;
  const rankValue = rank === '' ? nextRank(side) : Number(rank);
  const rankOk = Number.isInteger(rankValue) && rankValue >= 1;

  const add = () => {
    if (!name.trim() || !rankOk) return;
    const person = newPerson(
      { name: name.trim(), organisation: organisation.trim(), title: title.trim(), side, rank: rankValue },
      newId,
    );
    dispatch({ type: 'person/add', people: [person] });
    setName('');
    setTitle('');
    setRank('');
  };

  return (
    <section className="panel people-panel" aria-label={t('people.title')}>
      <h3>
        {t('people.title')} <span className="muted">({plan.people.length})</span>
      </h3>
      <form
        className="person-form"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input
          name="person-name"
          placeholder={t('people.name')}
          aria-label={t('people.name')}
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
        />
        <input
          name="person-organisation"
          placeholder={t('people.organisation')}
          aria-label={t('people.organisation')}
          value={organisation}
          maxLength={300}
          onChange={(e) => setOrganisation(e.target.value)}
        />
        <input
          name="person-title"
          placeholder={t('people.title_')}
          aria-label={t('people.title_')}
          value={title}
          maxLength={300}
          onChange={(e) => setTitle(e.target.value)}
        />
        <select name="person-side" aria-label={t('people.side')} value={side} onChange={(e) => setSide(e.target.value as Side)}>
          {SIDES.map((s) => (
            <option key={s} value={s}>
              {t(`side.${s}`)}
            </option>
          ))}
        </select>
        <input
          name="person-rank"
          type="number"
          min={1}
          placeholder={`${t('people.rank')} ${nextRank(side)}`}
          aria-label={t('people.rank')}
          value={rank}
          onChange={(e) => setRank(e.target.value)}
        />
        <button type="submit" className="primary" disabled={!name.trim() || !rankOk}>
          {t('people.add')}
        </button>
        {!rankOk ? <p className="form-error">{t('people.rankInvalid')}</p> : null}
      </form>
      {plan.people.length === 0 ? <p className="empty">{t('people.empty')}</p> : null}
      <table className="people-table">
        <thead>
          <tr>
            <th>{t('people.name')}</th>
            <th>{t('people.side')}</th>
            <th>{t('people.rank')}</th>
            <th>{t('people.seat')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {plan.people.map((person) => {
            const seat = scene.assignments.find((a) => a.personId === person.id);
            return (
              <tr key={person.id} data-person={person.name}>
                <td title={[person.organisation, person.title].filter(Boolean).join(' ')}>{person.name}</td>
                <td className={`side-${person.side}`}>{t(`side.${person.side}`)}</td>
                <td>{person.rank}</td>
                <td className="seat-cell">
                  {seat ? seatName(lang, scene, seat) : <span className="muted">{t('people.unseated')}</span>}
                </td>
                <td>
                  <button
                    className="icon danger"
                    title={t('people.remove')}
                    aria-label={`${t('people.remove')} ${person.name}`}
                    onClick={() => dispatch({ type: 'person/remove', personIds: [person.id] })}
                  >
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
