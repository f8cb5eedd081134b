/**
 * The service functions behind every contract channel. Exactly one implementation, called
 * by both transports. Nothing here imports electron: the data folder is handed in by the host.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Channel, Contract, ResponseOf } from '../../shared/ipc/contract';
import { newPlan } from '../../shared/model/factory';
import { newId } from '../../shared/model/ids';
import { PlanStore } from './plan-store';

export interface HostContext {
  dataDir: string;
  mode: 'electron' | 'browser';
  version: string;
}

export type Handlers = {
  [C in Channel]: (request: z.output<Contract[C]['request']>) => ResponseOf<C>;
};

export interface Services {
  handlers: Handlers;
  store: PlanStore;
  close(): void;
}

export const DATABASE_FILE = 'zuoci.sqlite';

export function createServices(ctx: HostContext): Services {
  mkdirSync(ctx.dataDir, { recursive: true });
  const store = new PlanStore(join(ctx.dataDir, DATABASE_FILE));
  const handlers: Handlers = {
    'app.info': () => ({ mode: ctx.mode, version: ctx.version, dataDir: ctx.dataDir }),
    'plans.list': () => store.list(),
    'plans.create': (input) => store.save(newPlan(input, newId)).plan,
    'plans.get': ({ id }) => store.get(id),
    'plans.save': ({ plan }) => ({ updatedAt: store.save(plan).updatedAt }),
    'plans.rename': ({ id, name }) => {
      const { plan } = store.get(id);
      store.save({ ...plan, name });
      return store.summary(id);
    },
    'plans.duplicate': ({ id, name }) => {
      const { plan } = store.get(id);
      const copy = store.save({ ...plan, id: newId('plan'), name }).plan;
      return store.summary(copy.id);
    },
    'plans.delete': ({ id }) => {
      store.delete(id);
      return null;
    },
    'settings.get': ({ key }) => store.getSetting(key),
    'settings.set': ({ key, value }) => {
      store.setSetting(key, value);
      return null;
    },
  };
  return { handlers, store, close: () => store.close() };
}
