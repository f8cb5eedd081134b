/**
 * What the people directory does to the open plan, without React (the editor harness drives it
 * too): each is one undo step, and a people change carries its change-log entry.
 */
import { newPerson } from '../../../shared/model/factory';
import { newId } from '../../../shared/model/ids';
import type { DirectoryEntry, Person, Side } from '../../../shared/model/types';
import { logEntry } from '../../../shared/people';
import {
  applyOffersCommand,
  declineOffersCommand,
  directoryFieldsOf,
  linkCommand,
  newEntries,
  personFieldsOf,
  type DirectoryOffer,
} from '../../../shared/people/directory';
import { call } from '../bridge';
import { dispatchLogged } from '../people/log-actions';
import { useApp } from '../state/app-store';

function people(): Person[] {
  return useApp.getState().history?.present.people ?? [];
}

/** Adds plan people to the directory and links each to his new entry (加入常用人员库). */
export async function addToDirectory(chosen: Person[]): Promise<DirectoryEntry[]> {
  const entries = await call('directory.add', { entries: chosen.map(directoryFieldsOf) });
  // The plan may have changed while the host answered: link only who is still in it.
  const present = new Set(people().map((p) => p.id));
  const kept = chosen.flatMap((p, i) => (present.has(p.id) ? [[p, entries[i]!] as const] : []));
  if (kept.length) {
    useApp.getState().dispatch(
      linkCommand(
        kept.map(([p]) => p),
        kept.map(([, e]) => e),
      ),
    );
  }
  return entries;
}

/**
 * An imported list into the directory instead of the plan (导入到常用人员库): everyone the list
 * gives who is not in the directory yet, by name and organisation. The open plan is not touched.
 */
export async function importToDirectory(imported: Person[]): Promise<{ added: number; existing: number }> {
  const { add, existing } = newEntries(imported.map(directoryFieldsOf), await call('directory.list', {}));
  if (add.length) await call('directory.add', { entries: add });
  return { added: add.length, existing: existing.length };
}

/** Picked entries join the plan, each at the end of his side, linked to his entry. */
export function pickIntoPlan(entries: DirectoryEntry[]): Person[] {
  const next = new Map<Side, number>();
  const rankFor = (side: Side) => {
    const rank =
      next.get(side) ??
      Math.max(
        0,
        ...people()
          .filter((p) => p.side === side)
          .map((p) => p.rank),
      ) + 1;
    next.set(side, rank + 1);
    return rank;
  };
  const added = entries.map((e) => newPerson({ ...personFieldsOf(e), rank: rankFor(e.side) }, newId));
  if (added.length) dispatchLogged([{ type: 'person/add', people: added }], logEntry(Date.now(), 'add', added));
  return added;
}

/** Takes the directory's newer fields; logged as an edit, so changed cards are listed to reprint. */
export function applyOffers(offers: DirectoryOffer[]): void {
  if (!offers.length) return;
  const byId = new Map(people().map((p) => [p.id, p]));
  const changed = offers.flatMap((o) => byId.get(o.personId) ?? []);
  const fields = [...new Set(offers.flatMap((o) => o.changes.map((c) => c.field)))];
  dispatchLogged([applyOffersCommand(offers)], logEntry(Date.now(), 'edit', changed, { detail: fields.join(',') }));
}

/** Keeps the plan as it is; the revision is recorded so the same change is not offered again. */
export function declineOffers(offers: DirectoryOffer[]): void {
  if (offers.length) useApp.getState().dispatch(declineOffersCommand(offers));
}
