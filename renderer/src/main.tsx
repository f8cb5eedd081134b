/**
 * Entry: first ask the host for what the page restores (a large plan takes a while to read and
 * send), then load the app while the answer is on its way.
 */
import { prefetch } from './state/prefetch';

const early = prefetch();
void import('./boot').then(({ boot }) => boot(early));
