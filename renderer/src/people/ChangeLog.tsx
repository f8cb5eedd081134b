/** The plan's change log, newest first: imports, additions, absences, rank changes, re-flows. */
import { useState } from 'react';
import { translate, type Lang, type MessageKey } from '../../../shared/i18n/translate';
import type { ChangeLogEntry } from '../../../shared/model/types';
import { FIELDS, loggedSeatText } from '../../../shared/people';
import { useT } from '../i18n';
import { useApp, usePlan } from '../state/app-store';
import { Modal } from '../ui/Dialog';

export function ChangeLogButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button onClick={() => setOpen(true)}>{t('log.title')}</button>
      {open ? <ChangeLogDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function ChangeLogDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const plan = usePlan();
  const entries = [...(plan.changeLog ?? [])].reverse();
  return (
    <Modal label={t('log.title')} className="change-log" onClose={onClose}>
      <h2>{t('log.title')}</h2>
      {entries.length === 0 ? <p className="empty">{t('log.empty')}</p> : null}
      <ol className="log-entries">
        {entries.map((entry, i) => (
          <li key={`${entry.at}-${i}`} data-kind={entry.kind}>
            <time dateTime={new Date(entry.at).toISOString()}>{formatTime(lang, entry.at)}</time> {describeEntry(lang, entry)}
            {entry.moves && entry.moves.length > 0 ? (
              <details>
                <summary>{t('changes.count', { n: entry.moves.length })}</summary>
                <ul>
                  {entry.moves.map((m) => (
                    <li key={m.personId}>
                      {m.name}: {m.from ? loggedSeatText(lang, m.from) : t('people.unseated')} →{' '}
                      {m.to ? loggedSeatText(lang, m.to) : t('people.unseated')}
                      {m.reprint ? ` · ${t('changes.reprintMark')}` : ''}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
      <div className="dialog-actions">
        <button className="primary" autoFocus onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}

function formatTime(lang: Lang, at: number): string {
  return new Date(at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/** The person fields an edit entry may name, each with a column label (`people.field.…`). */
const LOGGED_FIELDS = [...FIELDS, 'rostrum'] as const;

export function describeEntry(lang: Lang, entry: ChangeLogEntry): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const joined = entry.names.join(lang === 'zh' ? '、' : ', ');
  const names = (entry.count ?? 0) > entry.names.length ? t('log.more', { names: joined, count: entry.count! }) : joined;
  const detail = entry.detail ?? '';
  switch (entry.kind) {
    case 'attendance':
      return t('log.attendance', { names, detail: isAttendance(detail) ? t(`attendance.${detail}`) : detail });
    case 'edit':
      return t('log.edit', {
        names,
        detail: detail
          .split(',')
          .map((f) =>
            (LOGGED_FIELDS as readonly string[]).includes(f) ? t(`people.field.${f as (typeof LOGGED_FIELDS)[number]}`) : f,
          )
          .join(lang === 'zh' ? '、' : ', '),
      });
    case 'rank':
      return t('log.rank', { names, detail });
    case 'reflow':
      return t('log.reflow', { detail, count: entry.count ?? 0 });
    case 'import':
      return t('log.import', { count: entry.count ?? entry.names.length, detail });
    default:
      return t(`log.${entry.kind}`, { names });
  }
}

function isAttendance(v: string): v is 'confirmed' | 'tentative' | 'absent' {
  return v === 'confirmed' || v === 'tentative' || v === 'absent';
}
