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
  // data safety (revisions, backups, .zuoci files)
  'revisions.list',
  'revisions.create',
  'revisions.restore',
  'revisions.delete',
  'backups.list',
  'backups.create',
  'backups.plans',
  'backups.restore',
  'planFile.export',
  'planFile.import',
  'safety.notices',
  // people lists: read .xlsx for the import wizard, write the people list as .xlsx
  'people.readXlsx',
  'people.writeXlsx',
  // the office's people directory (常用人员库), beside the plans
  'directory.list',
  'directory.add',
  'directory.update',
  'directory.delete',
  // output: print views to PDF/PNG by the host, a chart's .svg with its fonts, the seating list as .xlsx
  'export.pdf',
  'export.png',
  'export.svg',
  'export.xlsx',
  // floor-plan underlays: a picture the officer picks, re-encoded and kept by the host; read back
  'assets.importImage',
  'assets.get',
] as const;

export const INVOKE = 'zuoci:invoke';
