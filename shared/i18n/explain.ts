/**
 * The engine's reasons and warnings in words: the one place where a `Reason` or `Warning`
 * (a message key and its parameters, shared/engine/types.ts) becomes text in the chosen language.
 * Typed parameters are worded here: a person by name (from the context; a case file has no names,
 * so there the id), a seat by its name in words (主位, 右1, 后排右 — never the engine label, RULES
 * §8), a side by `reason.side.*`, a nested reason by rendering it in turn.
 */
import type { PersonRef, Reason, ReasonParam, ReasonParams, SeatRef, SideRef, Warning } from '../engine/types';
import type { Plan, Scene, VenueItem } from '../model/types';
import { seatLabelText, type SeatOwner } from './seat-labels';
import { fill, LANGS, translate, type Lang, type MessageKey } from './translate';

export interface ExplainContext {
  /** A person's name; undefined when only the id is known (case files). */
  name(personId: string): string | undefined;
  /**
   * The item a seat belongs to (or only its kind), which decides its words (FP is 副驾驶 in a car;
   * a hall's seat number follows its 单双号 numbering). `undefined` asks for the item the text is
   * about (see `atItem`); unknown kinds read as a table's.
   */
  kind?(itemId: string | undefined): SeatOwner;
}

/** No names known: people are shown by their ids (the batch `place` command on a case file). */
export const BY_ID: ExplainContext = { name: () => undefined };

/** Names from the plan's people list; seat words from the kinds of the scene's items. */
export function explainContext(plan: Pick<Plan, 'people'>, scene?: Pick<Scene, 'items'>): ExplainContext {
  let names: Map<string, string> | undefined;
  let items: Map<string, VenueItem> | undefined;
  return {
    name(personId) {
      names ??= new Map(plan.people.map((p) => [p.id, p.name]));
      return names.get(personId) || undefined;
    },
    kind(itemId) {
      if (!scene || itemId === undefined) return undefined;
      items ??= new Map(scene.items.map((i) => [i.id, i]));
      return items.get(itemId);
    },
  };
}

/** The context for the text of one seat: its reasons name seats of `itemId` by label alone. */
export function seatContext(plan: Pick<Plan, 'people'>, scene: Pick<Scene, 'items'>, itemId: string): ExplainContext {
  return atItem(explainContext(plan, scene), itemId);
}

/** The same context, with the seats a text names by label alone read as seats of `itemId`. */
export function atItem(ctx: ExplainContext, itemId: string | undefined): ExplainContext {
  if (itemId === undefined) return ctx;
  return { name: (id) => ctx.name(id), kind: (id) => ctx.kind?.(id ?? itemId) };
}

export function renderReason(lang: Lang, reason: Reason, ctx: ExplainContext = BY_ID): string {
  return render(lang, reason.key, reason.params, ctx);
}

/** A warning about one item (`itemId`) names that item's seats. */
export function renderWarning(lang: Lang, warning: Warning, ctx: ExplainContext = BY_ID): string {
  return render(lang, warning.key, warning.params, atItem(ctx, warning.itemId));
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
  return seatWords(lang, value, ctx);
}

/** A seat in words; a label no kind knows stays as it is rather than vanish (seat-labels.ts). */
function seatWords(lang: Lang, seat: SeatRef, ctx: ExplainContext): string {
  return seatLabelText(lang, ctx.kind?.(seat.item), seat.seat);
}

function personName(p: PersonRef, ctx: ExplainContext): string {
  return ctx.name(p.person) ?? p.person;
}

const isReason = (v: object): v is Reason => 'key' in v;
const isPerson = (v: object): v is PersonRef => 'person' in v;
const isSide = (v: object): v is SideRef => 'side' in v;
