/**
 * Search by pinyin for the people table and the people directory's lists. pinyin-pro and its
 * dictionary are a third of the renderer's code (and a dictionary build when loaded): fetched as
 * their own chunk once the page is idle, not on opening. A search typed before it arrives shows
 * its result when it does.
 */
import { useEffect, useState } from 'react';
import type * as Search from '../../../shared/people/search';

export type SearchModule = typeof Search;
let searchModule: SearchModule | null = null;

export function useSearchModule(): SearchModule | null {
  const [loaded, setLoaded] = useState(searchModule);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    const idle = requestIdleCallback(() => {
      void import('../../../shared/people/search').then((m) => {
        searchModule = m;
        if (live) setLoaded(m);
      });
    });
    return () => {
      live = false;
      cancelIdleCallback(idle);
    };
  }, [loaded]);
  return loaded;
}

/**
 * Pinyin readings are the slow part of search (about 0.1 ms a person): read after opening, not
 * during it, and kept per person object, so an edit re-reads only the person it changed.
 */
const searchKeyCache = new WeakMap<Search.SearchSubject, Search.SearchKeys>();
export function searchKeysOf(search: SearchModule, subject: Search.SearchSubject): Search.SearchKeys {
  let keys = searchKeyCache.get(subject);
  if (!keys) searchKeyCache.set(subject, (keys = search.searchKeys(subject)));
  return keys;
}

/** Reads everyone's search keys while the page is idle, so the first search answers at once. */
export function warmSearchKeys(search: SearchModule, people: Search.SearchSubject[]): () => void {
  let next = 0;
  const step = (deadline: IdleDeadline) => {
    while (next < people.length && deadline.timeRemaining() > 1) searchKeysOf(search, people[next++]!);
    if (next < people.length) handle = requestIdleCallback(step);
  };
  let handle = requestIdleCallback(step);
  return () => cancelIdleCallback(handle);
}

/** The subjects a query keeps: all of them for an empty query, none until search has loaded. */
export function matching<T extends Search.SearchSubject>(search: SearchModule | null, subjects: T[], query: string): T[] {
  if (!query.trim()) return subjects;
  if (!search) return [];
  return subjects.filter((s) => search.matchesQuery(searchKeysOf(search, s), query));
}
