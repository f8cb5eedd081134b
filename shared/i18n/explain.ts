/**
 * The engine's reasons and warnings in words: the one place where a `Reason` or `Warning`
 * (a message key and its parameters, shared/engine/types.ts) becomes text in the chosen language.
 * Typed parameters are worded here: a person by name (from the context; a case file has no names,
 * so there the id), a side by `reason.side.*`, a nested reason by rendering it in turn.
 */
import type { PersonRef, Reason, ReasonParam, ReasonParams, SideRef, Warning } from '../engine/types';
import type { Plan } from '../model/types';
import { fill, LANGS, translate, type Lang, type MessageKey } from './translate';

export interface ExplainContext {
  /** A person's name; undefined when only the id is known (case files). */
  name(personId: string): string | undefined;
}

/** No names known: people are shown by their ids (the batch `place` command on a case file). */
export const BY_ID: ExplainContext = { name: () => undefined };

/** Names from the plan's people list. */
export function explainContext(plan: Pick<Plan, 'people'>): ExplainContext {
  let names: Map<string, string> | undefined;
  return {
    name(personId) {
      names ??= new Map(plan.people.map((p) => [p.id, p.name]));
      return names.get(personId) || undefined;
    },
  };
}

export function renderReason(lang: Lang, reason: Reason, ctx: ExplainContext = BY_ID): string {
  return render(lang, reason.key, reason.params, ctx);
}

export function renderWarning(lang: Lang, warning: Warning, ctx: ExplainContext = BY_ID): string {
  return render(lang, warning.key, warning.params, ctx);
}

function render(lang: Lang, key: MessageKey, params: ReasonParams | undefined, ctx: ExplainContext): string {
  if (!params) return LANGS[lang][key];
  const words: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) words[name] = param(lang, value, ctx);
  return fill(lang, LANGS[lang][key], words);
}

function param(lang: Lang, value: ReasonParam, ctx: ExplainContext): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map((p) => personName(p, ctx)).join(translate(lang, 'reason.listSeparator'));
  if (isReason(value)) return renderReason(lang, value, ctx);
  if (isPerson(value)) return personName(value, ctx);
  if (isSide(value)) return translate(lang, `reason.side.${value.side}`);
  // Seats read as their engine label, as the reasons always have (docs/seat-labels.md).
  return value.seat;
}

function personName(p: PersonRef, ctx: ExplainContext): string {
  return ctx.name(p.person) ?? p.person;
}

const isReason = (v: object): v is Reason => 'key' in v;
const isPerson = (v: object): v is PersonRef => 'person' in v;
const isSide = (v: object): v is SideRef => 'side' in v;
