/** The translation hooks: every visible string in the renderer goes through `t` or `useExplain`. */
import { useCallback, useMemo } from 'react';
import type { Reason, Warning } from '../../shared/engine/types';
import { explainContext, renderReason, renderWarning } from '../../shared/i18n/explain';
import { translate, type MessageKey } from '../../shared/i18n/translate';
import { useApp, usePlan } from './state/app-store';

export type T = (key: MessageKey, params?: Record<string, string | number>) => string;

export function useT(): T {
  const lang = useApp((s) => s.lang);
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}

export interface Explain {
  reason(reason: Reason): string;
  warning(warning: Warning): string;
}

/** The engine's reasons and warnings in the user's language, people named from the open plan. */
export function useExplain(): Explain {
  const lang = useApp((s) => s.lang);
  const plan = usePlan();
  return useMemo(() => {
    const ctx = explainContext(plan);
    return { reason: (r) => renderReason(lang, r, ctx), warning: (w) => renderWarning(lang, w, ctx) };
  }, [lang, plan]);
}
