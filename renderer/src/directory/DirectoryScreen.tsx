/**
 * The people directory screen (常用人员库), reached from the plan library: search (with pinyin),
 * add by hand, edit and delete (delete asks). Plans that use an edited entry offer the change the
 * next time they are opened (DirectoryUpdates.tsx).
 */
import { useEffect, useMemo, useState } from 'react';
import type { DirectoryEntry, DirectoryFields } from '../../../shared/model/types';
import { call } from '../bridge';
import { useErrorText, useT } from '../i18n';
import { useApp } from '../state/app-store';
import { Dialog } from '../ui/Dialog';
import { LangSwitch } from '../ui/LangSwitch';
import { matching, useSearchModule, warmSearchKeys } from '../people/use-search';
import { EntryDialog } from './EntryDialog';
import './directory.css';
import { SearchField } from '../ui/SearchField';

type Pending = { kind: 'add' } | { kind: 'edit'; entry: DirectoryEntry } | { kind: 'delete'; entry: DirectoryEntry } | null;

export function DirectoryScreen() {
  const t = useT();
  const errorText = useErrorText();
  const go = useApp((s) => s.go);
  const [entries, setEntries] = useState<DirectoryEntry[] | null>(null);
  const [query, setQuery] = useState('');
  const [pending, setPending] = useState<Pending>(null);
  const [error, setError] = useState<string | null>(null);
  const search = useSearchModule();

  const load = async () => setEntries(await call('directory.list', {}));
  useEffect(() => {
    call('directory.list', {}).then(setEntries, (e: unknown) => setError(errorText(e)));
  }, [errorText]);
  useEffect(() => (search && entries ? warmSearchKeys(search, entries) : undefined), [search, entries]);
  const shown = useMemo(() => matching(search, entries ?? [], query), [search, entries, query]);

  /** Runs a change, then reloads the list; failures are shown, not thrown. */
  const act = async (change: () => Promise<unknown>) => {
    setPending(null);
    setError(null);
    try {
      await change();
      await load();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const save = (fields: DirectoryFields) =>
    void act(() =>
      pending?.kind === 'edit'
        ? call('directory.update', { id: pending.entry.id, fields })
        : call('directory.add', { entries: [fields] }),
    );

  return (
    <div className="library directory">
      <header className="topbar">
        <button onClick={() => go({ name: 'library' })}>← {t('editor.back')}</button>
        <h1>{t('directory.title')}</h1>
        <div className="spacer" />
        <LangSwitch />
      </header>
      <main className="library-main">
        <p className="muted">{t('directory.intro')}</p>
        <div className="directory-tools">
          <SearchField name="directory-search" label={t('directory.search')} value={query} onChange={setQuery} />
          <button className="primary" onClick={() => setPending({ kind: 'add' })}>
            {t('directory.add')}
          </button>
          <span className="muted" role="status">
            {entries ? t('directory.count', { n: entries.length }) : ''}
          </span>
        </div>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        {entries?.length === 0 ? <p className="empty">{t('directory.empty')}</p> : null}
        {entries?.length && shown.length === 0 ? <p className="empty">{t('directory.noMatch')}</p> : null}
        {shown.length > 0 ? (
          <table className="directory-table">
            <thead>
              <tr>
                <th>{t('people.field.name')}</th>
                <th>{t('people.field.latinName')}</th>
                <th>{t('people.field.organisation')}</th>
                <th>{t('people.field.title')}</th>
                <th>{t('people.field.officialLevel')}</th>
                <th>{t('people.field.side')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <tr key={entry.id} data-name={entry.name}>
                  <td>{entry.name}</td>
                  <td>{entry.latinName ?? ''}</td>
                  <td>{entry.organisation}</td>
                  <td>{entry.title}</td>
                  <td>{entry.officialLevel ?? ''}</td>
                  <td>{t(`side.${entry.side}`)}</td>
                  <td className="actions">
                    <button onClick={() => setPending({ kind: 'edit', entry })}>{t('directory.edit')}</button>{' '}
                    <button className="danger" onClick={() => setPending({ kind: 'delete', entry })}>
                      {t('common.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </main>
      {pending?.kind === 'add' || pending?.kind === 'edit' ? (
        <EntryDialog
          {...(pending.kind === 'edit' ? { initial: pending.entry } : {})}
          onOk={save}
          onCancel={() => setPending(null)}
        />
      ) : null}
      {pending?.kind === 'delete' ? (
        <Dialog
          title={t('common.delete')}
          danger
          okLabel={t('common.delete')}
          onCancel={() => setPending(null)}
          onOk={() => void act(() => call('directory.delete', { id: pending.entry.id }))}
        >
          <p>{t('directory.confirmDelete', { name: pending.entry.name })}</p>
        </Dialog>
      ) : null}
    </div>
  );
}
