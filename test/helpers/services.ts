import { afterEach, beforeEach } from 'vitest';
import { createServices, type Services } from '../../electron/services/services';
import { tempDir } from './temp';

/** Real browser-mode services on a fresh data folder for each test; call the getter inside a test. */
export function servicesPerTest(): () => Services {
  let tmp: ReturnType<typeof tempDir>;
  let services: Services;
  beforeEach(() => {
    tmp = tempDir();
    services = createServices({ dataDir: tmp.dir, mode: 'browser', version: '0.0.0' });
  });
  afterEach(() => {
    services.close();
    tmp.cleanup();
  });
  return () => services;
}
