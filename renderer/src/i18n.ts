/** The translation hook: every visible string in the renderer goes through `t`. */
import { useCallback } from 'react';
import { translate, type MessageKey } from '../../shared/i18n/translate';
import { useApp } from './state/app-store';

export type T = (key: MessageKey, params?: Record<string, string | number>) => string;

export function useT(): T {
  const lang = useApp((s) => s.lang);
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
