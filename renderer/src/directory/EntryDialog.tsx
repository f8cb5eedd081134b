/** Adding a directory entry by hand, or editing one (a new title after a reshuffle). */
import { useState } from 'react';
import type { DirectoryFields, Gender, Side } from '../../../shared/model/types';
import { useT } from '../i18n';
import { limitMessage } from '../people/limit-message';
import { Dialog } from '../ui/Dialog';
import { SideOptions } from '../people/SideOptions';

const TEXT_FIELDS = ['name', 'latinName', 'organisation', 'title', 'officialLevel'] as const;
const GENDERS: Gender[] = ['male', 'female', 'unspecified'];

export function EntryDialog({
  initial,
  onOk,
  onCancel,
}: {
  initial?: DirectoryFields;
  onOk(fields: DirectoryFields): void;
  onCancel(): void;
}) {
  const t = useT();
  const [fields, setFields] = useState<DirectoryFields>(initial ?? { name: '', organisation: '', title: '', side: 'host' });
  const set = (patch: Partial<DirectoryFields>) => setFields({ ...fields, ...patch });
  // Text past a field's limit is refused here, named with the limit, as in the people table.
  const overLimit = TEXT_FIELDS.flatMap((f) => limitMessage(t, f, fields[f] ?? '') ?? []);
  return (
    <Dialog
      title={initial ? t('directory.editTitle') : t('directory.addTitle')}
      okLabel={t('common.save')}
      okDisabled={!fields.name.trim() || overLimit.length > 0}
      onOk={() => onOk(fields)}
      onCancel={onCancel}
    >
      <div className="field-row">
        {TEXT_FIELDS.map((f) => (
          <label key={f} className="field">
            <span>{t(`people.field.${f}`)}</span>
            <input name={`entry-${f}`} value={fields[f] ?? ''} onChange={(e) => set({ [f]: e.target.value })} />
          </label>
        ))}
        <label className="field">
          <span>{t('people.field.gender')}</span>
          <select
            name="entry-gender"
            value={fields.gender ?? ''}
            onChange={(e) => set({ gender: (e.target.value || undefined) as Gender | undefined })}
          >
            <option value="">{t('common.none')}</option>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {t(`gender.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('people.field.side')}</span>
          <select name="entry-side" value={fields.side} onChange={(e) => set({ side: e.target.value as Side })}>
            <SideOptions />
          </select>
        </label>
      </div>
      {initial ? <p className="muted">{t('directory.editNote')}</p> : null}
      {overLimit.map((message) => (
        <p key={message} className="form-error" role="alert">
          {message}
        </p>
      ))}
    </Dialog>
  );
}
