/**
 * The one contract between the renderer and the host. Both transports (Electron's preload
 * bridge and the browser-mode HTTP host) carry exactly these channels; the host validates
 * every request against `request` before a service sees it.
 */
import { z } from 'zod';
import { conventionSchema, planSchema } from '../model/schema';
import type { CHANNELS } from './channels';

const planId = z.string().min(1).max(200);
const dateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

const planSummary = z.object({
  id: z.string(),
  name: z.string(),
  organisation: z.string(),
  convention: conventionSchema,
  startDate: z.string().optional(),
  endDate: z.string().optional(),
  updatedAt: z.number(),
  createdAt: z.number(),
  peopleCount: z.number(),
  sceneCount: z.number(),
});

export const contract = {
  'app.info': {
    request: z.object({}),
    response: z.object({ mode: z.enum(['electron', 'browser']), version: z.string(), dataDir: z.string() }),
  },
  'plans.list': {
    request: z.object({}),
    response: z.array(planSummary),
  },
  'plans.create': {
    request: z.object({
      name: z.string().trim().min(1).max(200),
      organisation: z.string().max(300),
      convention: conventionSchema,
      startDate: dateString.optional(),
      endDate: dateString.optional(),
    }),
    response: planSchema,
  },
  'plans.get': {
    request: z.object({ id: planId }),
    response: z.object({ plan: planSchema, repairs: z.array(z.string()) }),
  },
  'plans.save': {
    request: z.object({ plan: z.unknown() }),
    response: z.object({ updatedAt: z.number() }),
  },
  'plans.rename': {
    request: z.object({ id: planId, name: z.string().trim().min(1).max(200) }),
    response: planSummary,
  },
  'plans.duplicate': {
    request: z.object({ id: planId, name: z.string().trim().min(1).max(200) }),
    response: planSummary,
  },
  'plans.delete': {
    request: z.object({ id: planId }),
    response: z.null(),
  },
  'settings.get': {
    request: z.object({ key: z.string().min(1).max(100) }),
    response: z.unknown(),
  },
  'settings.set': {
    request: z.object({ key: z.string().min(1).max(100), value: z.unknown() }),
    response: z.null(),
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

export interface IpcError {
  /** `invalid-request`, `not-found`, `invalid-plan`, `storage`, `unknown-channel`, `internal`. */
  code: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const channels = Object.keys(contract) as Channel[];

/** The preload's list and the contract must name the same channels. */
type ListedChannel = (typeof CHANNELS)[number];
const channelsAgree: [Channel] extends [ListedChannel] ? ([ListedChannel] extends [Channel] ? true : false) : false = true;
void channelsAgree;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** What the renderer calls, whichever transport is underneath. */
export type Api = { [C in Channel]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>> };
