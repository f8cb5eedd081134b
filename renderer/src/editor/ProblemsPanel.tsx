/**
 * 问题: the protocol check over the whole plan (shared/engine/plan-check.ts), live after each
 * change. Each entry names the people and seats in words and says what to do; choosing it opens
 * its scene, rings the seat on the canvas and marks the people in the list.
 */
import { useMemo, useState } from 'react';
import { checkPlan, sceneFindings, type Finding } from '../../../shared/engine/plan-check';
import { explainContext } from '../../../shared/i18n/explain';
import { findingWords } from '../../../shared/output/problem-words';
import type { Scene } from '../../../shared/model/types';
import { useCanvasUi } from '../canvas/canvas-ui';
import { useT } from '../i18n';
import { useApp, usePlan } from '../state/app-store';

/** Entries shown at once: a hall with thousands of problems lists the first ones and a count. */
const SHOWN = 100;

export function ProblemsPanel({ scene }: { scene: Scene }) {
  const t = useT();
  const plan = usePlan();
  const [open, setOpen] = useState(true);
  const findings = checkPlan(plan);
  return (
    <section className="panel problems-panel" aria-label={t('check.title')}>
      <div className="problems-head">
        <button className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          <h3>
            {t('check.title')}{' '}
            <span className={findings.length ? 'problem-total' : 'muted'} data-count={findings.length}>
              ({findings.length})
            </span>
          </h3>
        </button>
      </div>
      {open ? (
        findings.length === 0 ? (
          <p className="muted">{t('check.none')}</p>
        ) : (
          <ProblemList findings={findings} scene={scene} />
        )
      ) : null}
    </section>
  );
}

/** After 自动排座: the problems that remain in the scene just placed (a locked senior below a junior…). */
export function PlacementProblems({ scene }: { scene: Scene }) {
  const t = useT();
  const plan = usePlan();
  const findings = sceneFindings(plan, scene.id);
  if (findings.length === 0) return null;
  return (
    <div className="problems-panel placement-problems">
      <p>{t('placement.lint', { n: findings.length })}</p>
      <ProblemList findings={findings} scene={scene} />
    </div>
  );
}

/** The entries, in words; choosing one opens its scene, rings its seat and marks its people. */
function ProblemList({ findings, scene }: { findings: Finding[]; scene: Scene }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const plan = usePlan();
  const go = useApp((s) => s.go);
  const focus = useCanvasUi((s) => s.focus);
  const entries = useMemo(() => {
    const ctx = explainContext(plan);
    return findings.slice(0, SHOWN).map((f) => ({ finding: f, words: findingWords(lang, f, plan, ctx) }));
  }, [findings, lang, plan]);

  const show = (f: Finding) => {
    const sceneId = f.sceneId ?? scene.id;
    if (sceneId !== scene.id) go({ name: 'editor', planId: plan.id, sceneId });
    useCanvasUi.getState().setFocus({ sceneId, ...(f.seat ? { seat: f.seat } : {}), personIds: f.personIds ?? [] });
  };
  const isFocused = (f: Finding) =>
    !!focus &&
    focus.sceneId === (f.sceneId ?? scene.id) &&
    focus.seat?.itemId === f.seat?.itemId &&
    focus.seat?.seat === f.seat?.seat &&
    focus.personIds.join() === (f.personIds ?? []).join();

  return (
    <ul className="problems">
      {entries.map(({ finding, words }, i) => (
        <li key={i}>
          <button
            className={`problem ${finding.severity}`}
            aria-current={isFocused(finding) || undefined}
            onClick={() => show(finding)}
          >
            <span className="problem-where">
              {t(`check.severity.${finding.severity}`)} · {words.scene ?? t('check.wholePlan')}
            </span>
            <span className="problem-text">{words.problem}</span>
            <span className="problem-action">→ {words.action}</span>
          </button>
        </li>
      ))}
      {findings.length > SHOWN ? <li className="muted">{t('check.more', { n: findings.length - SHOWN })}</li> : null}
    </ul>
  );
}
