/**
 * The rule options of RULES.md for this scene: every rule the sources disagree on is an option
 * with a stated default, never hard-coded. Only the options that decide a seat for the items in
 * this scene are shown; the default of each is marked, and each change is one undo step.
 */
import type { MessageKey } from '../../../shared/i18n/translate';
import type { ItemKind, Scene, SceneOptions as Options } from '../../../shared/model/types';
import { useT } from '../i18n';
import { useApp } from '../state/app-store';
import { Couples } from './Couples';

type Choice<K extends keyof Options> = { key: K; values: readonly NonNullable<Options[K]>[]; applies(kinds: Kinds): boolean };
type Kinds = { has(kind: ItemKind): boolean; count(kind: ItemKind): number };

const banquetTables = (k: Kinds) => k.count('round-table') + k.count('long-table');

/** Listed in rule-book order; the first value of each is the rule book's default. */
const CHOICES = [
  { key: 'chiefGuestTakesHostSeat', values: [false, true], applies: (k) => banquetTables(k) > 0 },
  { key: 'western', values: [false, true], applies: (k) => k.has('round-table') || k.has('long-table') },
  { key: 'evenRow', values: ['axis', 'main'], applies: (k) => banquetTables(k) > 1 },
  { key: 'tableFacing', values: ['same', 'main'], applies: (k) => banquetTables(k) > 1 },
  { key: 'keepDelegations', values: [false, true], applies: (k) => banquetTables(k) > 1 },
  { key: 'evenRostrum', values: ['classic', 'stageView'], applies: (k) => k.has('rostrum') || k.has('seat-block') },
  { key: 'handbookMeeting', values: ['hostSeat', 'honourSeat'], applies: (k) => k.has('reception') },
  { key: 'interpreters', values: ['beside', 'behind'], applies: (k) => k.has('talks-table') },
  { key: 'topSeat', values: ['kerb', 'behindDriver'], applies: (k) => k.has('car') },
  { key: 'companionSeat', values: ['beside', 'front'], applies: (k) => k.has('car') },
  { key: 'drive', values: ['left', 'right'], applies: (k) => k.has('car') },
  { key: 'leadCar', values: [false, true], applies: (k) => k.count('car') > 1 },
  { key: 'companions', values: ['chief', 'each'], applies: (k) => k.count('car') > 1 },
] as const satisfies readonly Choice<keyof Options>[];

export function SceneOptions({ scene }: { scene: Scene }) {
  const t = useT();
  const dispatch = useApp((s) => s.dispatch);
  const counts = new Map<ItemKind, number>();
  for (const item of scene.items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  const kinds: Kinds = { has: (k) => counts.has(k), count: (k) => counts.get(k) ?? 0 };
  const shown = CHOICES.filter((c) => c.applies(kinds));
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
      <p className="muted">{t('options.replaceHint')}</p>
    </details>
  );
}
