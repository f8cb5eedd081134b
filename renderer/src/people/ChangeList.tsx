/**
 * Under the 自动排座 report: which place cards must be printed again after a re-flow — only new
 * seat-holders and people whose card text changed; everyone else's card moves with them — and
 * whose card comes off the tables. Read from the re-flow's change-log entry.
 */
import type { Scene } from '../../../shared/model/types';
import { loggedSeatText } from '../../../shared/people';
import { useCanvasUi } from '../canvas/canvas-ui';
import { useT } from '../i18n';
import { useApp, usePlan } from '../state/app-store';

/** Reprints listed open; past this many the list is folded under its count. */
const OPEN_UP_TO = 12;

export function ChangeList({ scene }: { scene: Scene }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const plan = usePlan();
  const placement = useCanvasUi((s) => s.placement);
  const entry = plan.changeLog?.findLast((e) => e.kind === 'reflow' && e.sceneId === scene.id);
  if (!placement || placement.sceneId !== scene.id || !entry?.moves) return null;
  const reprint = entry.moves.filter((m) => m.reprint && m.to);
  const withdrawn = entry.moves.filter((m) => !m.to);
  const sep = lang === 'zh' ? '、' : ', ';
  return (
    <div className="change-list" role="status" data-reprint={reprint.length}>
      {reprint.length === 0 ? (
        <span className="reprint">{t('changes.reprintNone')}</span>
      ) : (
        // A long list (a whole hall placed) starts folded under its count, so the canvas keeps its room.
        <details className="reprint" open={reprint.length <= OPEN_UP_TO || undefined}>
          <summary>
            <b>{t('changes.reprint', { n: reprint.length })}</b>
          </summary>
          <ul>
            {reprint.map((m) => (
              <li key={m.personId} data-person={m.name}>
                {t('changes.reprintItem', { name: m.name, seat: loggedSeatText(lang, m.to!) })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {withdrawn.length > 0 ? (
        <div className="withdrawn" data-count={withdrawn.length}>
          {t('changes.withdraw', { names: withdrawn.map((m) => m.name).join(sep) })}
        </div>
      ) : null}
    </div>
  );
}
