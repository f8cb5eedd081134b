/**
 * Entry: first ask the host for what the page restores (a large plan takes a while to read and
 * send), then load the app while the answer is on its way.
 */
import { prefetch } from './state/prefetch';

const early = prefetch();
import('./boot')
  .then(({ boot }) => boot(early))
  .catch((e: unknown) => {
    // A damaged installation: say so instead of leaving an empty window (the app's words are not loaded).
    document.body.textContent = `无法载入程序 / The app could not be loaded: ${(e as Error)?.message ?? String(e)}`;
  });
