/**
 * The office's precedence tables (official-level order and title order) as text to edit: one
 * position per line, most senior first, other words for the same position after "/". They are
 * kept in the office's settings, so every list ranked by them later reads the same order.
 */
import { useState } from 'react';
import {
  DEFAULT_PRECEDENCE_TABLES,
  PRECEDENCE_TABLES_KEY,
  tableFromText,
  tableToText,
  type PrecedenceTables,
} from '../../../shared/people';
import { call } from '../bridge';
import { useT } from '../i18n';
import { Dialog } from '../ui/Dialog';

export function PrecedenceTablesDialog(props: {
  tables: PrecedenceTables;
  onSaved(tables: PrecedenceTables): void;
  onCancel(): void;
}) {
  const t = useT();
  const [level, setLevel] = useState(tableToText(props.tables.level));
  const [title, setTitle] = useState(tableToText(props.tables.title));
  const save = () => {
    // An emptied table means "the default" rather than "rank nobody".
    const read = (text: string, fallback: PrecedenceTables['level']) => {
      const table = tableFromText(text);
      return table.length > 0 ? table : fallback;
    };
    const tables = { level: read(level, DEFAULT_PRECEDENCE_TABLES.level), title: read(title, DEFAULT_PRECEDENCE_TABLES.title) };
    void call('settings.set', { key: PRECEDENCE_TABLES_KEY, value: tables }).catch(() => undefined);
    props.onSaved(tables);
  };
  return (
    // The wizard around this closes on Escape; here Escape closes only this dialog.
    <div onKeyDown={(e) => e.stopPropagation()}>
      <Dialog title={t('tables.dialog')} okLabel={t('common.save')} onOk={save} onCancel={props.onCancel}>
        <p className="muted">{t('tables.intro')}</p>
        <div className="precedence-tables">
          <label className="field">
            <span>{t('tables.level')}</span>
            <textarea name="table-level" rows={14} value={level} onChange={(e) => setLevel(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('tables.title')}</span>
            <textarea name="table-title" rows={14} value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
        </div>
        <button
          type="button"
          onClick={() => {
            setLevel(tableToText(DEFAULT_PRECEDENCE_TABLES.level));
            setTitle(tableToText(DEFAULT_PRECEDENCE_TABLES.title));
          }}
        >
          {t('tables.reset')}
        </button>
      </Dialog>
    </div>
  );
}
