/**
 * What the officer is told when the host cannot start: the reason in their language, that
 * nothing was changed (for the problems that move nothing), the system's own words for the
 * technical reader, and the data folder's path. Shown in a dialog by the desktop app and
 * printed by browser mode; never a stack trace.
 */
import { translate, type Lang } from '../../shared/i18n/translate';
import { StorageProblem } from '../services/storage-problem';

export function startupFailureText(e: unknown, lang: Lang, dataDir: string): string {
  const lines =
    e instanceof StorageProblem
      ? [
          translate(lang, `startup.${e.code}`, e.params),
          translate(lang, 'startup.untouched'),
          translate(lang, 'startup.detail', { detail: e.params.detail }),
        ]
      : [translate(lang, 'startup.unknown', { detail: (e as Error)?.message ?? String(e) })];
  return [...lines, translate(lang, 'startup.dataDir', { dir: dataDir })].join('\n');
}

/** Chinese for a Chinese system, English otherwise (the library's own setting may be unreadable). */
export function systemLang(locale: string): Lang {
  return /^zh\b/i.test(locale) ? 'zh' : 'en';
}
