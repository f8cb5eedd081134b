/**
 * The rule options of RULES.md for this scene: every rule the sources disagree on is an option
 * with a stated default, never hard-coded. Only the options that decide a seat for the items in
 * this scene are shown; the default of each is marked, and each change is one undo step.
 */
import type { MessageKey } from '../../../shared/i18n/translate';
import { optionsThatApply } from '../../../shared/kinds';
import type { Scene, SceneOptions as Options } from '../../../shared/model/types';
import { useT } from '../i18n';
import { useApp } from '../state/app-store';
import { Couples } from './Couples';
import { UnitOrder } from './UnitOrder';

type Choice<K extends keyof Options> = { key: K; values: readonly NonNullable<Options[K]>[] };

/**
 * Listed in rule-book order; the first value of each is the rule book's default. Which of them a
 * scene shows is the kinds' word (`ruleOptions` in shared/kinds).
 */
const CHOICES = [
  { key: 'chiefGuestTakesHostSeat', values: [false, true] },
  { key: 'western', values: [false, true] },
  { key: 'evenRow', values: ['axis', 'main'] },
  { key: 'tableFacing', values: ['same', 'main'] },
  { key: 'keepDelegations', values: [false, true] },
  { key: 'evenRostrum', values: ['classic', 'stageView'] },
  { key: 'handbookMeeting', values: ['hostSeat', 'honourSeat'] },
  { key: 'interpreters', values: ['beside', 'behind'] },
  { key: 'topSeat', values: ['kerb', 'behindDriver'] },
  { key: 'companionSeat', values: ['beside', 'front'] },
  { key: 'drive', values: ['left', 'right'] },
  { key: 'leadCar', values: [false, true] },
  { key: 'companions', values: ['chief', 'each'] },
  { key: 'arrangement', values: ['horizontal', 'vertical', 'centreOut', 'snake', 'columns'] },
  { key: 'hallDirection', values: ['honourFirst', 'left', 'right'] },
  { key: 'strips', values: ['across', 'centreOut'] },
  { key: 'unitOrder', values: ['list', 'strokes', 'pinyin', 'custom'] },
  { key: 'keepUnitsTogether', values: [true, false] },
  { key: 'hallSide', values: ['audience', 'mirrorRostrum'] },
] as const satisfies readonly Choice<keyof Options>[];

export function SceneOptions({ scene }: { scene: Scene }) {
  const t = useT();
  const dispatch = useApp((s) => s.dispatch);
  const applying = optionsThatApply(scene.items);
  const shown = CHOICES.filter((c) => applying.has(c.key));
  if (shown.length === 0) return null;

  return (
    <details className="scene-options" open>
      <summary>{t('options.title')}</summary>
      {shown.map((choice) => {
        const current = scene.options[choice.key] ?? choice.values[0];
        const label = (value: string | boolean) =>
          `${t(`options.${choice.key}.${String(value)}` as MessageKey)}${value === choice.values[0] ? t('options.default') : ''}`;
        return (
          <label key={choice.key} className="field">
            <span>{t(`options.${choice.key}` as MessageKey)}</span>
            <select
              name={`option-${choice.key}`}
              value={String(current)}
              onChange={(e) => {
                const raw = e.target.value;
                const value = raw === 'true' ? true : raw === 'false' ? false : raw;
                dispatch({ type: 'scene/update', sceneId: scene.id, patch: { options: { [choice.key]: value } } });
              }}
            >
              {choice.values.map((v) => (
                <option key={String(v)} value={String(v)}>
                  {label(v)}
                </option>
              ))}
            </select>
          </label>
        );
      })}
      {scene.options.western ? <Couples /> : null}
      {applying.has('unitOrder') ? <UnitOrder scene={scene} /> : null}
      <p className="muted">{t('options.replaceHint')}</p>
    </details>
  );
}
