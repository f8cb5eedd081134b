/**
 * Entry: first ask the host for what the page restores (a large plan takes a while to read and
 * send), then load the app while the answer is on its way.
 */
import { prefetch } from './state/prefetch';

const early = prefetch();
import('./boot')
  .then(({ boot }) => boot(early))
  .catch((e: unknown) => {
    // A damaged installation: say so (index.html holds the words) instead of an empty window.
    const notice = document.getElementById('load-failed');
    if (notice) notice.hidden = false;
    console.error(e);
  });
