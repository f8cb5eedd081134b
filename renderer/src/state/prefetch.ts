/**
 * The host's answers a (re)load needs first — the language and, in the editor, the open plan —
 * asked for by the entry module before the rest of the app is even loaded, so a large plan is
 * read, validated and sent while the bundle is still being fetched and compiled. Keep this
 * module's imports tiny: everything it pulls in is loaded before the request goes out.
 */
import type { ResponseOf } from '../../../shared/ipc/contract';
import { call } from '../bridge';
import { readRoute } from './route';

export interface Prefetched {
  lang: Promise<unknown>;
  /** Only when the page opens on a plan (`#/plan/<id>…`). */
  plan?: Promise<ResponseOf<'plans.get'>>;
}

export function prefetch(): Prefetched {
  const route = readRoute();
  const lang = call('settings.get', { key: 'lang' }).catch(() => null);
  if (route.name !== 'editor') return { lang };
  const plan = call('plans.get', { id: route.planId });
  // Failures are reported where the plan is opened (app-store.openPlan), not here.
  plan.catch(() => undefined);
  return { lang, plan };
}
