/**
 * Everyone in the plan, with where they sit in the current scene: search (name, organisation,
 * pinyin initials), filters, sort, in-place editing, drag to reorder precedence, import,
 * export and the change log.
 */
import { useEffect, useMemo, useState } from 'react';
import './people.css';
import type { Command } from '../../../shared/commands/commands';
import { newPerson } from '../../../shared/model/factory';
import { newId } from '../../../shared/model/ids';
import type { Person, Scene, Side } from '../../../shared/model/types';
import { levelLabel, logEntry } from '../../../shared/people';
import { useT } from '../i18n';
import { useApp, usePlan } from '../state/app-store';
import { byPrecedence, byRank, compareBy, type ColumnKey, type RowContext } from './columns';
import { ExportButtons } from './ExportButtons';
import { ChangeLogButton } from './ChangeLog';
import { ImportButton } from './ImportWizard';
import { DirectoryButtons } from '../directory/DirectoryButtons';
import { limitMessage } from './limit-message';
import { dispatchLogged } from './log-actions';
import { PeopleTable, type SortState } from './PeopleTable';
import { useLevels } from './use-levels';
import { searchKeysOf, useSearchModule, warmSearchKeys } from './use-search';
import { PromptDialog } from '../ui/Dialog';
import { SearchField } from '../ui/SearchField';
import { SideOptions } from './SideOptions';

export function PeoplePanel({ scene }: { scene: Scene }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const plan = usePlan();
  const [query, setQuery] = useState('');
  const [side, setSide] = useState<Side | ''>('');
  const [attendance, setAttendance] = useState<Person['attendance'] | ''>('');
  const [level, setLevel] = useState('');
  const [unseatedOnly, setUnseatedOnly] = useState(false);
  const [sort, setSort] = useState<SortState>({ key: 'rank', desc: false });
  const [expanded, setExpanded] = useState(false);
  const [editLevels, setEditLevels] = useState(false);
  const [levels, setLevels] = useLevels();

  const context = useMemo(() => {
    const map = new Map<string, RowContext>();
    plan.people.forEach((p, index) => map.set(p.id, { index }));
    for (const a of scene.assignments) {
      const c = map.get(a.personId);
      if (c) c.seat = a;
    }
    for (const r of scene.roles) {
      const c = map.get(r.personId);
      if (c) c.role = { role: r.role, itemId: r.itemId };
    }
    return map;
  }, [plan.people, scene.assignments, scene.roles]);

  const search = useSearchModule();
  useEffect(() => (search ? warmSearchKeys(search, plan.people) : undefined), [search, plan.people]);

  const unseatedCount = plan.people.filter((p) => p.attendance !== 'absent' && !context.get(p.id)?.seat).length;
  const filtering = query.trim() !== '' || side !== '' || attendance !== '' || level !== '' || unseatedOnly;

  // The search module matters only while there is a query: its arrival alone changes no row.
  const matcher = query.trim() ? search : null;
  const rows = useMemo(() => {
    const index = (p: Person) => context.get(p.id)!.index;
    const shown = plan.people.filter(
      (p) =>
        (!side || p.side === side) &&
        (!attendance || p.attendance === attendance) &&
        (!level || p.level === level) &&
        (!unseatedOnly || (!context.get(p.id)?.seat && p.attendance !== 'absent')) &&
        (!query.trim() || (!!matcher && matcher.matchesQuery(searchKeysOf(matcher, p), query))),
    );
    const cmp = sort.key === 'rank' ? byRank : sort.key === 'precedence' ? byPrecedence : compareBy(sort.key, sortText);
    const sorted = [...shown].sort((a, b) => cmp(a, b, index(a), index(b)));
    return sort.desc ? sorted.reverse() : sorted;
  }, [plan.people, side, attendance, level, unseatedOnly, query, matcher, context, sort]);

  // Dragging renumbers the field the table is ordered by, and only when the whole list is shown.
  const dragField = !filtering && !sort.desc && (sort.key === 'rank' || sort.key === 'precedence') ? sort.key : null;

  return (
    <section className={`panel people-panel${expanded ? ' expanded' : ''}`} aria-label={t('people.title')}>
      <div className="people-head">
        <h3>
          {t('people.title')} <span className="muted">({plan.people.length})</span>
        </h3>
        {unseatedCount > 0 ? (
          <span className="unseated-count" data-count={unseatedCount}>
            {t('people.unseatedCount', { n: unseatedCount })}
          </span>
        ) : null}
        <div className="spacer" />
        <DirectoryButtons />
        <ImportButton />
        <ExportButtons />
        <ChangeLogButton />
        <button
          className="icon"
          aria-pressed={expanded}
          title={expanded ? t('people.collapse') : t('people.expand')}
          aria-label={expanded ? t('people.collapse') : t('people.expand')}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? '⤡' : '⤢'}
        </button>
      </div>
      <AddPersonForm />
      <div className="people-filters">
        <SearchField
          name="people-search"
          className="people-search"
          label={t('people.search')}
          value={query}
          onChange={setQuery}
        />
        <select
          name="filter-side"
          aria-label={t('people.field.side')}
          value={side}
          onChange={(e) => setSide(e.target.value as Side | '')}
        >
          <option value="">{t('people.filter.allSides')}</option>
          <SideOptions />
        </select>
        <select
          name="filter-attendance"
          aria-label={t('people.field.attendance')}
          value={attendance}
          onChange={(e) => setAttendance(e.target.value as Person['attendance'] | '')}
        >
          <option value="">{t('people.filter.allAttendance')}</option>
          {(['confirmed', 'tentative', 'absent'] as const).map((a) => (
            <option key={a} value={a}>
              {t(`attendance.${a}`)}
            </option>
          ))}
        </select>
        <select name="filter-level" aria-label={t('people.field.level')} value={level} onChange={(e) => setLevel(e.target.value)}>
          <option value="">{t('people.filter.allLevels')}</option>
          {levels.map((l) => (
            <option key={l} value={l}>
              {levelLabel(lang, l)}
            </option>
          ))}
        </select>
        <button className="link" onClick={() => setEditLevels(true)}>
          {t('people.editLevels')}
        </button>
        <label className="check">
          <input
            type="checkbox"
            name="filter-unseated"
            checked={unseatedOnly}
            onChange={(e) => setUnseatedOnly(e.target.checked)}
          />
          {t('people.filter.unseated')}
        </label>
        <span className="muted" role="status">
          {filtering ? t('people.shown', { shown: rows.length, total: plan.people.length }) : ''}
        </span>
      </div>
      <p className="muted hint">{dragField ? t('people.editHint') : t('people.dragNeedsOrder')}</p>
      {plan.people.length === 0 ? <p className="empty">{t('people.empty')}</p> : null}
      <PeopleTable
        scene={scene}
        rows={rows}
        context={context}
        sort={sort}
        onSort={setSort}
        dragField={dragField}
        levels={levels}
      />
      {editLevels ? (
        <PromptDialog
          title={t('people.editLevels')}
          label={t('people.levelsPrompt')}
          initial={levels.join('、')}
          // The whole list on one line (a setting, not a document field); each level is checked on use.
          max={200}
          onOk={(value) => {
            const next = [...new Set(value.split(/[,，、;；\s]+/).filter(Boolean))];
            if (next.length) setLevels(next);
            setEditLevels(false);
          }}
          onCancel={() => setEditLevels(false)}
        />
      ) : null}
    </section>
  );
}

/** Text to sort the other columns by (the table shows the same in the user's language). */
function sortText(p: Person, key: ColumnKey): string {
  const value = (p as unknown as Record<string, unknown>)[key];
  return Array.isArray(value) ? value.join(',') : value === undefined ? '' : String(value);
}

/** Adding one person by hand: a late guest. Rank defaults to the end of their side. */
function AddPersonForm() {
  const t = useT();
  const plan = usePlan();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [title, setTitle] = useState('');
  const [officialLevel, setOfficialLevel] = useState('');
  const [latinName, setLatinName] = useState('');
  const [side, setSide] = useState<Side>('guest');
  const [rank, setRank] = useState('');
  const nextRank = (s: Side) => Math.max(0, ...plan.people.filter((p) => p.side === s).map((p) => p.rank)) + 1;
  const rankValue = rank === '' ? nextRank(side) : Number(rank);
  const rankOk = Number.isInteger(rankValue) && rankValue >= 1;
  // Text past a field's limit is refused here, named with the limit, instead of failing the save.
  const overLimit = [
    limitMessage(t, 'name', name),
    limitMessage(t, 'organisation', organisation),
    limitMessage(t, 'title', title),
    limitMessage(t, 'officialLevel', officialLevel),
    limitMessage(t, 'latinName', latinName),
  ].filter((m) => m !== undefined);

  const add = () => {
    if (!name.trim() || !rankOk || overLimit.length > 0) return;
    const person = newPerson(
      {
        name: name.trim(),
        organisation: organisation.trim(),
        title: title.trim(),
        ...(officialLevel.trim() ? { officialLevel: officialLevel.trim() } : {}),
        ...(latinName.trim() ? { latinName: latinName.trim() } : {}),
        side,
        rank: rankValue,
      },
      newId,
    );
    // A typed rank inserts him there (the others from it on move down), never a silent tie.
    const insert: Command[] = rank === '' ? [] : [{ type: 'people/rank-insert', personId: person.id, rank: rankValue }];
    dispatchLogged([{ type: 'person/add', people: [person] }, ...insert], logEntry(Date.now(), 'add', [person]));
    setName('');
    setTitle('');
    setOfficialLevel('');
    setLatinName('');
    setRank('');
  };

  return (
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
        onChange={(e) => setName(e.target.value)}
      />
      <input
        name="person-latin-name"
        placeholder={t('people.field.latinName')}
        aria-label={t('people.field.latinName')}
        value={latinName}
        onChange={(e) => setLatinName(e.target.value)}
      />
      <input
        name="person-organisation"
        placeholder={t('people.organisation')}
        aria-label={t('people.organisation')}
        value={organisation}
        onChange={(e) => setOrganisation(e.target.value)}
      />
      <input
        name="person-title"
        placeholder={t('people.title_')}
        aria-label={t('people.title_')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <input
        name="person-official-level"
        placeholder={t('people.field.officialLevel')}
        aria-label={t('people.field.officialLevel')}
        value={officialLevel}
        onChange={(e) => setOfficialLevel(e.target.value)}
      />
      <select name="person-side" aria-label={t('people.side')} value={side} onChange={(e) => setSide(e.target.value as Side)}>
        <SideOptions />
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
      <button type="submit" className="primary" disabled={!name.trim() || !rankOk || overLimit.length > 0}>
        {t('people.add')}
      </button>
      {!rankOk ? <p className="form-error">{t('people.rankInvalid')}</p> : null}
      {overLimit.map((message) => (
        <p key={message} className="form-error" role="alert">
          {message}
        </p>
      ))}
    </form>
  );
}
