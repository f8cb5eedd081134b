/**
 * The channel names alone, without schemas, so the sandboxed preload can list them
 * without bundling the validator. `contract.ts` proves at compile time that they match.
 */
export const CHANNELS = [
  'app.info',
  'plans.list',
  'plans.create',
  'plans.get',
  'plans.save',
  'plans.rename',
  'plans.duplicate',
  'plans.delete',
  'settings.get',
  'settings.set',
] as const;

export const INVOKE = 'zuoci:invoke';
