/**
 * The one table of text limits (in characters). The schema (schema.ts) is built from it, and the
 * people table, the add form, the inspector and import read it, so what can be typed or imported
 * is exactly what can be saved: a value the schema would refuse is refused where it enters.
 */

/** Person text fields. `tag` is one tag's length; `tags` how many tags one person may have. */
export const PERSON_LIMITS = {
  name: 200,
  organisation: 300,
  title: 300,
  level: 50,
  officialLevel: 50,
  latinName: 200,
  function: 50,
  delegation: 300,
  dietary: 500,
  notes: 2000,
  tag: 50,
  tags: 50,
} as const;

export const PLAN_LIMITS = { name: 200, organisation: 300 } as const;

/** People one plan may hold (an import that would pass it is refused in the wizard, naming it). */
export const PLAN_PEOPLE_MAX = 50_000;

export const SCENE_LIMITS = { name: 100 } as const;

export type PersonTextField = Exclude<keyof typeof PERSON_LIMITS, 'tag' | 'tags'>;

/**
 * What one imported list may be, whatever its form (.xlsx, .xls/.et, CSV, UTF-16 text, paste):
 * past any of these it is refused, with the limit named, rather than read for minutes or cut
 * short without a word. Rows and columns count what holds text, not formatting alone.
 */
export const IMPORT_LIMITS = { megabytes: 30, rows: 100_000, columns: 200 } as const;
export const IMPORT_MAX_BYTES = IMPORT_LIMITS.megabytes * 1024 * 1024;

/**
 * What a floor-plan underlay image may be (issue 16 part 3): the file the officer picks, its
 * pixel size (checked from the header before anything is decoded, so a small file that unpacks
 * to gigabytes is refused), and the re-encoded image the library keeps. Named in the refusal.
 */
export const UNDERLAY_LIMITS = { megabytes: 15, side: 10_000, megapixels: 40 } as const;
export const UNDERLAY_MAX_BYTES = UNDERLAY_LIMITS.megabytes * 1024 * 1024;

/**
 * A `.zuoci` file (electron/services/plan-file.ts): a plan of a few thousand people is well under
 * 5 MB; the floor plans it carries add up to UNDERLAY_LIMITS.megabytes each (a third more in base64).
 * The plan library refuses a larger file before reading it, the host again before parsing it.
 */
export const PLAN_FILE_MEGABYTES = 48;
