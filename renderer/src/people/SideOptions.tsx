/** The sides as a select's options, in words (客方, 主方, 工作人员), in the people list's order. */
import { useT } from '../i18n';
import { SIDES } from './columns';

export function SideOptions() {
  const t = useT();
  return (
    <>
      {SIDES.map((s) => (
        <option key={s} value={s}>
          {t(`side.${s}`)}
        </option>
      ))}
    </>
  );
}
