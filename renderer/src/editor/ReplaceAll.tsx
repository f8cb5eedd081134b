/**
 * One change, every scene: the legend over each canvas naming who a change has affected since
 * the scene was placed (their seats ringed on the canvas), the 全部重排 button, and after it one
 * change list grouped by scene and one reprint list. What is affected is derived from the
 * document (shared/people/affected.ts), so the marks survive a reload until the scene is re-placed.
 */
import { useMemo } from 'react';
import type { Lang } from '../../../shared/i18n/translate';
import type { Plan, Scene } from '../../../shared/model/types';
import { affectedIn, affectedScenes, type AffectedWhy } from '../../../shared/people/affected';
import { itemLabel, seatText } from '../../../shared/output/seat-text';
import type { Reprint } from '../../../shared/people/replace-all';
import { replaceAffected } from '../canvas/actions';
import { useCanvasUi, type Replaced } from '../canvas/canvas-ui';
import { AFFECTED_COLOUR } from '../canvas/seat-draw';
import { useT, type T } from '../i18n';
import { useApp, usePlan } from '../state/app-store';
import { Modal } from '../ui/Dialog';

const WHY_ORDER: AffectedWhy[] = ['absent', 'new', 'rank', 'side'];
/** Names listed per reason in the legend; the rest are counted. */
const NAMES_SHOWN = 12;

const listSep = (lang: Lang) => (lang === 'zh' ? '、' : ', ');

/** 全部重排, for the editor toolbar: enabled while any scene has someone affected. */
export function ReplaceAllButton() {
  const t = useT();
  const plan = usePlan();
  const any = useMemo(() => affectedScenes(plan.scenes, plan.people).length > 0, [plan.scenes, plan.people]);
  return (
    <button
      name="replace-all"
      onClick={() => void replaceAffected()}
      disabled={!any}
      title={any ? t('replace.buttonHint') : t('replace.nothing')}
    >
      {t('replace.button')}
    </button>
  );
}

/** Over the canvas: who in this scene a change has reached, by reason, in the rings' colour. */
export function AffectedLegend({ scene }: { scene: Scene }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const plan = usePlan();
  const affected = useMemo(() => affectedIn(scene, plan.people), [scene, plan.people]);
  if (affected.size === 0) return null;
  const names = new Map(plan.people.map((p) => [p.id, p.name]));
  return (
    <div className="affected-legend notice" role="status" data-affected={affected.size}>
      <span className="affected-swatch" style={{ borderColor: AFFECTED_COLOUR }} aria-hidden="true" />
      {t('affected.legend', { n: affected.size })}
      <ul>
        {WHY_ORDER.map((why) => {
          const ids = [...affected].filter(([, w]) => w === why).map(([id]) => id);
          if (ids.length === 0) return null;
          const shown = ids.slice(0, NAMES_SHOWN).map((id) => names.get(id) ?? '');
          const more = ids.length > NAMES_SHOWN ? ` ${t('affected.more', { n: ids.length - NAMES_SHOWN })}` : '';
          return (
            <li key={why} data-why={why}>
              {t('affected.whyList', { why: t(`affected.why.${why}`), names: shown.join(listSep(lang)) + more })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** After 全部重排: who moved where, scene by scene, and what to print again. */
export function ReplaceAllReport() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const replaced = useCanvasUi((s) => s.replaced);
  if (!replaced) return null;
  const close = () => useCanvasUi.getState().setReplaced(null);
  return (
    <Modal label={t('replace.title')} className="replace-report" onClose={close}>
      <h2>{t('replace.title')}</h2>
      <h3>{t('replace.changes')}</h3>
      {replaced.scenes.map((s) => (
        <SceneChanges key={s.sceneId} replaced={replaced} sceneId={s.sceneId} t={t} lang={lang} />
      ))}
      <h3>{t('replace.reprint')}</h3>
      {replaced.reprint.length === 0 ? (
        <p className="reprint-none">{t('replace.reprintNone')}</p>
      ) : (
        <ul className="reprint-list">
          {replaced.reprint.map((r) => (
            <li key={`${r.view}-${r.sceneId}`} data-view={r.view} data-scene={sceneName(replaced.after, r.sceneId)}>
              {reprintText(t, lang, replaced, r)}
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button className="primary" autoFocus onClick={close}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}

function sceneName(plan: Plan, sceneId: string): string {
  return plan.scenes.find((s) => s.id === sceneId)?.name ?? '';
}

function SceneChanges({ replaced, sceneId, t, lang }: { replaced: Replaced; sceneId: string; t: T; lang: Lang }) {
  const { before, after } = replaced;
  const changes = replaced.scenes.find((s) => s.sceneId === sceneId)?.changes ?? [];
  const name = sceneName(after, sceneId);
  const person = (id: string) =>
    after.people.find((p) => p.id === id)?.name ?? before.people.find((p) => p.id === id)?.name ?? '';
  // A seat as it read in its plan: the old seat with the old table number, the new with the new.
  const where = (plan: Plan, at?: { itemId: string; seat: string }) =>
    at
      ? seatText(
          lang,
          plan.scenes.find((s) => s.id === sceneId)?.items.find((i) => i.id === at.itemId),
          at.seat,
        )
      : t('people.unseated');
  return (
    <section className="replace-scene" data-scene={name}>
      <h4>
        {changes.length === 0
          ? t('replace.noChanges', { scene: name })
          : t('replace.sceneChanges', { scene: name, n: changes.length })}
      </h4>
      {changes.length > 0 ? (
        <ul>
          {changes.map((c) => (
            <li key={c.personId} data-person={person(c.personId)} data-kind={c.kind}>
              {t('replace.move', { name: person(c.personId), from: where(before, c.from), to: where(after, c.to) })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function reprintText(t: T, lang: Lang, { after }: Replaced, r: Reprint): string {
  const scene = after.scenes.find((s) => s.id === r.sceneId);
  const person = (id: string) => after.people.find((p) => p.id === id)?.name ?? '';
  const seatOf = (id: string) => {
    const a = scene?.assignments.find((x) => x.personId === id);
    return a
      ? seatText(
          lang,
          scene?.items.find((i) => i.id === a.itemId),
          a.seat,
        )
      : '';
  };
  const what =
    r.personIds.length > 0
      ? r.personIds.map((id) => t('changes.reprintItem', { name: person(id), seat: seatOf(id) })).join(listSep(lang))
      : r.itemIds.length > 0
        ? r.itemIds
            .map((id) =>
              itemLabel(
                lang,
                scene?.items.find((i) => i.id === id),
              ),
            )
            .join(listSep(lang))
        : t('replace.reprintWhole');
  return t('replace.reprintItem', { view: t(`print.view.${r.view}`), scene: scene?.name ?? '', what });
}
