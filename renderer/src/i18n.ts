/** The translation hooks: every visible string in the renderer goes through `t` or `useExplain`. */
import { useCallback, useMemo } from 'react';
import type { Reason, Warning } from '../../shared/engine/types';
import type { Scene } from '../../shared/model/types';
import { explainContext, renderReason, renderWarning, seatContext } from '../../shared/i18n/explain';
import { hostErrorText } from '../../shared/i18n/problems';
import { translate, type Lang, type MessageKey } from '../../shared/i18n/translate';
import { CallError } from './bridge';
import { useApp, usePlan } from './state/app-store';

export type T = (key: MessageKey, params?: Record<string, string | number>) => string;

export function useT(): T {
  const lang = useApp((s) => s.lang);
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}

export interface Explain {
  reason(reason: Reason): string;
  /** The reason of one seat: the seats it names by label alone are seats of `itemId` in `scene`. */
  seatReason(reason: Reason, scene: Scene, itemId: string): string;
  warning(warning: Warning): string;
}

/**
 * The engine's reasons and warnings in the user's language, people named from the open plan and
 * seats in words by the kind of their item in the scene on screen.
 */
export function useExplain(): Explain {
  const lang = useApp((s) => s.lang);
  const plan = usePlan();
  const sceneId = useApp((s) => (s.route.name === 'editor' ? s.route.sceneId : undefined));
  return useMemo(() => {
    const ctx = explainContext(plan, plan.scenes.find((s) => s.id === sceneId) ?? plan.scenes[0]);
    return {
      reason: (r) => renderReason(lang, r, ctx),
      seatReason: (r, scene, itemId) => renderReason(lang, r, seatContext(plan, scene, itemId)),
      warning: (w) => renderWarning(lang, w, ctx),
    };
  }, [lang, plan, sceneId]);
}

/** A failure in the user's language: a host error by its code and parameters, anything else by its message. */
export function errorText(lang: Lang, e: unknown): string {
  if (e instanceof CallError) return hostErrorText(lang, e.error);
  return e instanceof Error ? e.message : String(e);
}

export function useErrorText(): (e: unknown) => string {
  const lang = useApp((s) => s.lang);
  return useCallback((e) => errorText(lang, e), [lang]);
}
