/** Dates and sizes as the safety screens show them, in the user's language. */
import { useCallback } from 'react';
import { useApp } from '../state/app-store';

export function useFormatTime(): (ms: number) => string {
  const lang = useApp((s) => s.lang);
  return useCallback(
    (ms: number) => new Date(ms).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium' }),
    [lang],
  );
}

export function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
