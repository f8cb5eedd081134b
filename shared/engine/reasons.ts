/**
 * Reasons and warnings as data (a message key and its parameters). Every text names the rule it
 * applies; the words themselves live in shared/i18n/zh.ts and en.ts under `reason.*` and
 * `warning.*`, rendered by shared/i18n/explain.ts.
 */
import type { Side } from '../model/types';
import type { EP, PersonRef, Reason, ReasonKey, ReasonParams, SeatRef, Warning, WarningKey } from './types';

export function r(key: ReasonKey, params?: ReasonParams): Reason {
  return params ? { key, params } : { key };
}

export function warn(
  code: string,
  key: WarningKey,
  params?: ReasonParams,
  extra: { personIds?: string[]; itemId?: string } = {},
): Warning {
  return { code, key, ...(params ? { params } : {}), ...extra };
}

export const personRef = (id: string): PersonRef => ({ person: id });
export const seatRef = (label: string): SeatRef => ({ seat: label });

/** Prefix a reason with where it applies, e.g. the table number. */
export function prefixed(where: Reason, reason: Reason): Reason {
  return r('reason.prefixed', { where, reason });
}

/** "Guest no. 3: <the seat's rule>". */
export function joinReason(whom: Reason, why: Reason): Reason {
  return r('reason.join', { who: whom, why });
}

/** "No. k of the guests", used by most placers. */
export function who(side: Side, k: number): Reason {
  if (side === 'guest') return k === 1 ? r('reason.who.chiefGuest') : r('reason.who.guest', { k });
  if (side === 'host') return k === 1 ? r('reason.who.seniorHost') : r('reason.who.host', { k });
  return r('reason.who.staff', { k });
}

/**
 * How a person is named at his table or in his car: by his rank there, and — when the item is one
 * of several (a hall, a motorcade) — also by his rank across them when that differs
 * (第6位客人，本桌第2位客人).
 */
export function whoIn(where: 'table' | 'car', p: EP, k: number, overall: ((p: EP) => number | undefined) | undefined): Reason {
  const across = overall?.(p);
  if (across === undefined || across === k) return who(p.side, k);
  return r('reason.who.both', { overall: who(p.side, across), here: r(`reason.who.${where}.${p.side}`, { k }) });
}

/** A warning that names people (the translation layer names them the way the officer knows them). */
function namingPeople(code: string, key: WarningKey, people: Pick<EP, 'id'>[], itemId?: string): Warning {
  return warn(
    code,
    key,
    { people: people.map((p) => personRef(p.id)) },
    { personIds: people.map((p) => p.id), ...(itemId ? { itemId } : {}) },
  );
}

/** Names people left unseated by a rule while seats are free (staff never sit on a rostrum). */
export function unseatedByRuleWarning(people: Pick<EP, 'id'>[]): Warning {
  return namingPeople('unseated-by-rule', 'warning.unseatedByRule', people);
}

/** Names people flagged 上主席台 whom the rostrum did not take (it was full, or they are staff). */
export function offRostrumWarning(people: Pick<EP, 'id'>[]): Warning {
  return namingPeople('flagged-off-rostrum', 'warning.flaggedOffRostrum', people);
}

/** Names the people no seat was left for. */
export function unseatedWarning(people: Pick<EP, 'id'>[], itemId?: string): Warning {
  return namingPeople('more-people-than-seats', 'warning.unseated', people, itemId);
}
