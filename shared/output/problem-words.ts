/**
 * The plan check's findings (shared/engine/plan-check.ts) in words for the officer: the problem,
 * with people by name and seats in words (1号桌 主位, 2号车 后排右), and what to do about it.
 * Shared by the 问题 panel, the headless export's stderr and the printed review. It lives here,
 * above \`people/\` (whose seat words it uses), not in \`i18n/\`, which \`people/\` sits on.
 */
import { checkPlan, type Finding } from '../engine/plan-check';
import type { ReasonParams } from '../engine/types';
import type { Plan } from '../model/types';
import { seatText } from './seat-text';
import { explainContext, renderWarning, type ExplainContext } from '../i18n/explain';
import { translate, type Lang } from '../i18n/translate';

export interface FindingWords {
  problem: string;
  action: string;
  /** The scene's name; absent for the people list. */
  scene?: string;
}

export function findingWords(lang: Lang, finding: Finding, plan: Plan, ctx: ExplainContext = explainContext(plan)): FindingWords {
  const scene = plan.scenes.find((s) => s.id === finding.sceneId);
  // Seats become words here, with their item (its kind and number) from the finding's scene.
  const params: ReasonParams = {};
  for (const [name, value] of Object.entries(finding.params ?? {})) {
    params[name] =
      typeof value === 'object' && 'seat' in value
        ? seatText(
            lang,
            scene?.items.find((i) => i.id === value.item),
            value.seat,
          )
        : value;
  }
  return {
    problem: renderWarning(lang, { ...finding, params }, ctx),
    action: translate(lang, `check.action.${finding.code}`),
    ...(scene ? { scene: scene.name } : {}),
  };
}

/** The whole plan's findings as lines for a terminal (the headless export prints them on stderr). */
export function planCheckLines(lang: Lang, plan: Plan): string[] {
  const ctx = explainContext(plan);
  return checkPlan(plan).map((f) => {
    const w = findingWords(lang, f, plan, ctx);
    return translate(lang, 'check.line', {
      severity: translate(lang, `check.severity.${f.severity}`),
      scene: w.scene ?? translate(lang, 'check.wholePlan'),
      problem: w.problem,
      action: w.action,
    });
  });
}
