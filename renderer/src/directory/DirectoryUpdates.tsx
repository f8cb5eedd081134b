/**
 * On opening a plan: the people whose directory entries changed since the plan took them, field
 * by field, to take (更新) or decline (不更新) per person or all at once. Nothing changes until
 * the officer chooses; either choice is one undo step and records the entry's revision, so the
 * notice does not come back for the same change.
 */
import { useEffect, useMemo, useState } from 'react';
import type { DirectoryEntry } from '../../../shared/model/types';
import { directoryOffers, type FieldChange } from '../../../shared/people/directory';
import { call } from '../bridge';
import { useT, type T } from '../i18n';
import { usePlan } from '../state/app-store';
import { applyOffers, declineOffers } from './actions';
import './directory.css';

export function DirectoryUpdates() {
  const t = useT();
  const plan = usePlan();
  const [entries, setEntries] = useState<DirectoryEntry[]>([]);
  const linked = plan.people.some((p) => p.directoryId);

  // Asked once per opened plan (and only if someone in it came from the directory).
  useEffect(() => {
    if (!linked) return;
    let live = true;
    call('directory.list', {}).then(
      (list) => live && setEntries(list),
      // The notice is an offer: without the directory it is simply not shown.
      (e: unknown) => console.warn(`people directory unavailable: ${(e as Error).message}`),
    );
    return () => {
      live = false;
    };
  }, [plan.id, linked]);

  const offers = useMemo(() => directoryOffers(plan.people, entries), [plan.people, entries]);
  if (offers.length === 0) return null;
  return (
    <section className="notice directory-updates" role="region" aria-label={t('directory.updates.title')}>
      <strong>{t('directory.updates.title')}</strong>
      <span className="all-actions">
        <button className="primary" onClick={() => applyOffers(offers)}>
          {t('directory.updates.applyAll')}
        </button>
        <button onClick={() => declineOffers(offers)}>{t('directory.updates.declineAll')}</button>
      </span>
      <p className="muted">{t('directory.updates.intro')}</p>
      <ul>
        {offers.map((offer) => (
          <li key={offer.personId} data-person={offer.name}>
            <strong>{offer.name}</strong>
            <span className="row-actions">
              <button onClick={() => applyOffers([offer])}>{t('directory.updates.apply')}</button>
              <button onClick={() => declineOffers([offer])}>{t('directory.updates.decline')}</button>
            </span>
            {offer.changes.map((change) => (
              <span key={change.field} className="changes">
                {t('directory.updates.field', { field: fieldLabel(t, change) })}
                <del>{valueText(t, change, change.from)}</del> → <ins>{valueText(t, change, change.to)}</ins>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

const FIELD_LABELS = {
  name: 'people.field.name',
  latinName: 'people.field.latinName',
  organisation: 'people.field.organisation',
  title: 'people.field.title',
  officialLevel: 'people.field.officialLevel',
  gender: 'people.field.gender',
} as const;

function fieldLabel(t: T, change: FieldChange): string {
  return t(FIELD_LABELS[change.field]);
}

function valueText(t: T, change: FieldChange, value: string | undefined): string {
  if (!value) return t('directory.updates.emptyValue');
  return change.field === 'gender' ? t(`gender.${value as 'male' | 'female' | 'unspecified'}`) : value;
}
