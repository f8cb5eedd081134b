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
  function: 50,
  delegation: 300,
  dietary: 500,
  notes: 2000,
  tag: 50,
  tags: 50,
} as const;

export const PLAN_LIMITS = { name: 200, organisation: 300 } as const;

export const SCENE_LIMITS = { name: 100 } as const;

export type PersonTextField = Exclude<keyof typeof PERSON_LIMITS, 'tag' | 'tags'>;
