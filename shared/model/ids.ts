/** Makes a fresh id with a prefix (`item`, `scene` …); tests pass deterministic makers. */
export type IdMaker = (prefix: string) => string;

/** Stable random ids for new documents, scenes, items and people (Web Crypto: browser and Node). */
export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
}
