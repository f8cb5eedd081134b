/**
 * Where the user is, kept in the URL hash so a reload (browser) or restart returns there:
 * `#/` the plan library, `#/plan/<id>/<sceneId>` a scene of a plan, `#/directory` the people directory.
 */
export type Route = { name: 'library' } | { name: 'directory' } | { name: 'editor'; planId: string; sceneId?: string };

export function readRoute(hash = window.location.hash): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] === 'plan' && parts[1]) return { name: 'editor', planId: parts[1], ...(parts[2] ? { sceneId: parts[2] } : {}) };
  if (parts[0] === 'directory') return { name: 'directory' };
  return { name: 'library' };
}

export function writeRoute(route: Route): void {
  const hash =
    route.name === 'library'
      ? '#/'
      : route.name === 'directory'
        ? '#/directory'
        : `#/plan/${encodeURIComponent(route.planId)}${route.sceneId ? `/${encodeURIComponent(route.sceneId)}` : ''}`;
  if (window.location.hash !== hash)
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
}
