/**
 * A searchable list to tick people in: picking from the directory into a plan, and choosing a
 * plan's people to add to the directory. Search matches name, organisation, title and pinyin.
 */
import { useEffect, useMemo, useState } from 'react';
import type { SearchSubject } from '../../../shared/people/search';
import { useT } from '../i18n';
import { matching, useSearchModule, warmSearchKeys } from '../people/use-search';
import { SearchField } from '../ui/SearchField';

export interface PickRow extends SearchSubject {
  id: string;
  /** What else identifies the person in the list (单位 职务 级别). */
  detail: string;
  /** Shown but not tickable, with why (已在本计划中). */
  disabledReason?: string;
}

export function PickList({
  rows,
  chosen,
  onChange,
}: {
  rows: PickRow[];
  chosen: Set<string>;
  onChange(next: Set<string>): void;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const search = useSearchModule();
  useEffect(() => (search ? warmSearchKeys(search, rows) : undefined), [search, rows]);
  const shown = useMemo(() => matching(search, rows, query), [search, rows, query]);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <div className="pick-list">
      <SearchField name="pick-search" label={t('directory.search')} value={query} onChange={setQuery} />
      <ul role="list">
        {shown.map((row) => (
          <li key={row.id} className={row.disabledReason ? 'muted' : undefined}>
            <label className="check">
              <input
                type="checkbox"
                name="pick"
                checked={chosen.has(row.id)}
                disabled={Boolean(row.disabledReason)}
                onChange={(e) => toggle(row.id, e.target.checked)}
              />
              <strong>{row.name}</strong> <span className="muted">{row.detail}</span>
              {row.disabledReason ? <em> · {row.disabledReason}</em> : null}
            </label>
          </li>
        ))}
      </ul>
      {shown.length === 0 ? <p className="muted">{t('directory.noMatch')}</p> : null}
      <p className="muted" role="status">
        {t('directory.selected', { n: chosen.size })}
      </p>
    </div>
  );
}

/** The words after a name in a list: 单位 职务 级别. */
export function detailOf(p: { organisation: string; title: string; officialLevel?: string }): string {
  return [p.organisation, p.title, p.officialLevel].filter(Boolean).join(' ');
}
