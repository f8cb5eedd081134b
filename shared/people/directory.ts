/**
 * The office's people directory (常用人员库): the host side's own leaders, kept beside the plans.
 * A plan's person taken from (or added to) the directory keeps a link to the entry and the
 * entry's revision he last took. When the entry changes later (a new title after a reshuffle),
 * the plan OFFERS the change field by field when it is opened; taking or declining it is a named
 * command, and either one records the revision, so the same change is never offered twice.
 */
import type { Command, PersonPatch } from '../commands/commands';
import type { DirectoryEntry, DirectoryFields, DirectoryOfferedField, Person } from '../model/types';
import { matchKey } from './text';

/** The fields an entry offers to the plans that use it, in the order the notice lists them. */
export const OFFERED_FIELDS = [
  'name',
  'latinName',
  'organisation',
  'title',
  'officialLevel',
  'gender',
] as const satisfies readonly DirectoryOfferedField[];
export type OfferedField = DirectoryOfferedField;

const OPTIONAL_FIELDS = ['latinName', 'officialLevel', 'gender'] as const;
const isOptional = (field: OfferedField) => (OPTIONAL_FIELDS as readonly string[]).includes(field);

/** Trimmed, with empty optional fields left out (an empty 外文名 is no 外文名). */
export function cleanDirectoryFields(fields: DirectoryFields): DirectoryFields {
  const clean: DirectoryFields = {
    name: fields.name.trim(),
    organisation: fields.organisation.trim(),
    title: fields.title.trim(),
    side: fields.side,
  };
  for (const key of OPTIONAL_FIELDS) {
    const value = fields[key]?.trim();
    if (value) (clean as unknown as Record<string, string>)[key] = value;
  }
  return clean;
}

/** What a plan's person gives the directory when he is added to it. */
export function directoryFieldsOf(person: Person): DirectoryFields {
  return cleanDirectoryFields({
    name: person.name,
    organisation: person.organisation,
    title: person.title,
    side: person.side,
    ...(person.latinName ? { latinName: person.latinName } : {}),
    ...(person.officialLevel ? { officialLevel: person.officialLevel } : {}),
    ...(person.gender ? { gender: person.gender } : {}),
  });
}

/** The person fields a directory entry gives a plan, with the link to it. */
export function personFieldsOf(entry: DirectoryEntry): Omit<Person, 'id' | 'rank' | 'tags' | 'attendance'> {
  return {
    ...cleanDirectoryFields(entry),
    directoryId: entry.id,
    directoryRevision: entry.revision,
  };
}

/** The people of a plan who are not yet in the directory (no link, or a link to a deleted entry). */
export function notInDirectory(people: Person[], entries: DirectoryEntry[]): Person[] {
  const ids = new Set(entries.map((e) => e.id));
  return people.filter((p) => !p.directoryId || !ids.has(p.directoryId));
}

/** Links each added person to the entry made from him (entries in the same order as people). */
export function linkCommand(people: Person[], entries: DirectoryEntry[]): Command {
  return {
    type: 'people/directory-link',
    update: people.map((p, i) => ({
      personId: p.id,
      patch: { directoryId: entries[i]!.id, directoryRevision: entries[i]!.revision },
    })),
  };
}

export interface FieldChange {
  field: OfferedField;
  /** undefined: the field is empty. */
  from?: string;
  to?: string;
}

/** One person's update from his directory entry. */
export interface DirectoryOffer {
  personId: string;
  name: string;
  revision: number;
  changes: FieldChange[];
}

/**
 * The updates a plan is offered: for each linked person whose entry has a revision newer than
 * the one he last took or declined, the fields changed in the directory since then that now
 * differ from the plan's. A field only the plan changed is not offered; an entry that changed
 * back to what the plan has offers nothing; a deleted entry offers nothing.
 */
export function directoryOffers(people: Person[], entries: DirectoryEntry[]): DirectoryOffer[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return people.flatMap((person) => {
    const entry = person.directoryId ? byId.get(person.directoryId) : undefined;
    const taken = person.directoryRevision ?? 0;
    if (!entry || entry.revision <= taken) return [];
    const changes = OFFERED_FIELDS.flatMap((field): FieldChange[] => {
      if ((entry.changed[field] ?? 1) <= taken) return [];
      const from = person[field] || undefined;
      const to = entry[field] || undefined;
      return from === to ? [] : [{ field, ...(from ? { from } : {}), ...(to ? { to } : {}) }];
    });
    return changes.length ? [{ personId: person.id, name: person.name, revision: entry.revision, changes }] : [];
  });
}

/** Takes the offered fields (one undo step for all the offers given). */
export function applyOffersCommand(offers: DirectoryOffer[]): Command {
  return {
    type: 'people/directory-apply',
    update: offers.map((offer): PersonPatch => {
      const patch: PersonPatch['patch'] = { directoryRevision: offer.revision };
      // An emptied optional field is cleared (undefined), a required one (单位, 职务) becomes ''.
      for (const c of offer.changes) {
        (patch as Record<string, unknown>)[c.field] = c.to ?? (isOptional(c.field) ? undefined : '');
      }
      return { personId: offer.personId, patch };
    }),
  };
}

/** Declines the offers: only the revision is recorded, so this change is not offered again. */
export function declineOffersCommand(offers: DirectoryOffer[]): Command {
  return {
    type: 'people/directory-decline',
    update: offers.map((offer) => ({ personId: offer.personId, patch: { directoryRevision: offer.revision } })),
  };
}

/**
 * Of imported people, those the directory does not have yet: one entry per name and organisation
 * (the same leader imported with next month's list again is not added twice).
 */
export function newEntries(
  imported: DirectoryFields[],
  entries: DirectoryEntry[],
): { add: DirectoryFields[]; existing: DirectoryFields[] } {
  const key = (f: DirectoryFields) => `${matchKey(f.name)}\u0001${matchKey(f.organisation)}`;
  const known = new Set(entries.map(key));
  const add: DirectoryFields[] = [];
  const existing: DirectoryFields[] = [];
  for (const fields of imported.map(cleanDirectoryFields)) {
    if (known.has(key(fields))) existing.push(fields);
    else {
      known.add(key(fields));
      add.push(fields);
    }
  }
  return { add, existing };
}
