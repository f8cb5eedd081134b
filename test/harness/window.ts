/**
 * The little of a browser window the renderer's state and actions touch outside React: the
 * URL (the route lives in its hash), `history.replaceState`, the `<html lang>` attribute and
 * `window.zuoci`, where the desktop preload puts the API. Nothing here stands in for app code.
 */
import type { Api } from '../../shared/ipc/contract';

export interface TestWindow {
  /** The address bar; a reload keeps it, as a browser does. */
  url: URL;
}

export function installWindow(api: Api, url = new URL('app://zuoci/index.html#/')): TestWindow {
  const state: TestWindow = { url };
  const location = {
    get hash() {
      return state.url.hash;
    },
    get pathname() {
      return state.url.pathname;
    },
    get search() {
      return state.url.search;
    },
  };
  const history = {
    replaceState(_data: unknown, _unused: string, next: string) {
      state.url = new URL(next, state.url);
    },
  };
  Object.assign(globalThis, {
    window: { zuoci: api, location, history },
    document: { documentElement: { lang: '' } },
  });
  return state;
}

export function removeWindow(): void {
  Reflect.deleteProperty(globalThis, 'window');
  Reflect.deleteProperty(globalThis, 'document');
}
