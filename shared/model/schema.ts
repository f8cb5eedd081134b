/**
 * Zod schemas for the plan document. They are the single definition of what a valid
 * document is: `restore()` uses them on every load, the IPC contract on every request.
 */
import { z } from 'zod';
import { ITEM_SCHEMAS } from '../kinds';
import { count, finite, id } from '../kinds/fields';
import { PERSON_LIMITS as PERSON, PLAN_LIMITS as PLAN, PLAN_PEOPLE_MAX, SCENE_LIMITS as SCENE, UNDERLAY_LIMITS } from './limits';
import type { Plan } from './types';
import { UNDERLAY_OPACITY, UNDERLAY_SCALE } from './underlay';

export const sideSchema = z.enum(['host', 'guest', 'staff']);
export const conventionSchema = z.enum(['commercial', 'government']);
export const attendanceSchema = z.enum(['confirmed', 'tentative', 'absent']);

export const personSchema = z.object({
  id,
  name: z.string().min(1).max(PERSON.name),
  organisation: z.string().max(PERSON.organisation),
  title: z.string().max(PERSON.title),
  side: sideSchema,
  rank: count(1, 100000),
  precedence: count(1, 100000).optional(),
  level: z.string().max(PERSON.level).optional(),
  officialLevel: z.string().max(PERSON.officialLevel).optional(),
  latinName: z.string().max(PERSON.latinName).optional(),
  function: z.string().max(PERSON.function).optional(),
  gender: z.enum(['male', 'female', 'unspecified']).optional(),
  delegation: z.string().max(PERSON.delegation).optional(),
  dietary: z.string().max(PERSON.dietary).optional(),
  notes: z.string().max(PERSON.notes).optional(),
  tags: z.array(z.string().max(PERSON.tag)).max(PERSON.tags),
  attendance: attendanceSchema,
  partnerId: id.optional(),
  rostrum: z.boolean().optional(),
  directoryId: id.optional(),
  directoryRevision: count(1, Number.MAX_SAFE_INTEGER).optional(),
});

/** A directory entry's fields (常用人员库), with the people table's limits. */
export const directoryFieldsSchema = z.object({
  name: z.string().trim().min(1).max(PERSON.name),
  latinName: z.string().trim().max(PERSON.latinName).optional(),
  organisation: z.string().trim().max(PERSON.organisation),
  title: z.string().trim().max(PERSON.title),
  officialLevel: z.string().trim().max(PERSON.officialLevel).optional(),
  gender: z.enum(['male', 'female', 'unspecified']).optional(),
  side: sideSchema,
});

export const directoryEntrySchema = directoryFieldsSchema.extend({
  id,
  revision: count(1, Number.MAX_SAFE_INTEGER),
  changed: z.partialRecord(
    z.enum(['name', 'latinName', 'organisation', 'title', 'officialLevel', 'gender']),
    count(1, Number.MAX_SAFE_INTEGER),
  ),
  createdAt: z.number(),
  updatedAt: z.number(),
});

/** Each kind's schema comes from its spec (shared/kinds); the union is composed in the registry's order. */
const [firstKind, ...otherKinds] = ITEM_SCHEMAS;
export const itemSchema = z.discriminatedUnion('kind', [firstKind!, ...otherKinds]);

export const sceneKindSchema = z.enum([
  'banquet',
  'reception',
  'talks',
  'meeting',
  'car',
  'elevator',
  'signing',
  'photo',
  'other',
]);

export const sceneOptionsSchema = z.object({
  chiefGuestTakesHostSeat: z.boolean().optional(),
  evenRow: z.enum(['axis', 'main']).optional(),
  evenRostrum: z.enum(['classic', 'stageView']).optional(),
  handbookMeeting: z.enum(['hostSeat', 'honourSeat']).optional(),
  topSeat: z.enum(['kerb', 'behindDriver']).optional(),
  companionSeat: z.enum(['beside', 'front']).optional(),
  drive: z.enum(['left', 'right']).optional(),
  tableFacing: z.enum(['same', 'main']).optional(),
  keepDelegations: z.boolean().optional(),
  western: z.boolean().optional(),
  interpreters: z.enum(['beside', 'behind']).optional(),
  leadCar: z.boolean().optional(),
  companions: z.enum(['chief', 'each']).optional(),
  arrangement: z.enum(['horizontal', 'vertical', 'centreOut', 'snake', 'columns']).optional(),
  hallDirection: z.enum(['honourFirst', 'left', 'right']).optional(),
  strips: z.enum(['across', 'centreOut']).optional(),
  unitOrder: z.enum(['list', 'strokes', 'pinyin', 'custom']).optional(),
  unitList: z.array(z.string().min(1).max(PERSON.delegation)).max(5000).optional(),
  keepUnitsTogether: z.boolean().optional(),
  hallSide: z.enum(['audience', 'mirrorRostrum']).optional(),
});

export const assignmentSchema = z.object({
  personId: id,
  itemId: id,
  seat: z.string().min(1).max(20),
  locked: z.boolean(),
});

export const hostRoleSchema = z.enum(['chief-host', 'deputy-host', 'third-host', 'fourth-host']);

/** Issue 16 part 3: the floor plan under a scene (types.ts `Underlay`); its picture is a library asset. */
export const underlaySchema = z.object({
  assetId: z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 in hex'),
  width: count(1, UNDERLAY_LIMITS.side),
  height: count(1, UNDERLAY_LIMITS.side),
  x: finite,
  y: finite,
  mmPerPixel: z.number().min(UNDERLAY_SCALE.min).max(UNDERLAY_SCALE.max),
  opacity: z.number().min(UNDERLAY_OPACITY.min).max(UNDERLAY_OPACITY.max),
  locked: z.boolean(),
  print: z.boolean(),
});

export const sceneSchema = z.object({
  id,
  name: z.string().min(1).max(SCENE.name),
  kind: sceneKindSchema,
  convention: conventionSchema.optional(),
  options: sceneOptionsSchema,
  items: z.array(itemSchema).max(5000),
  assignments: z.array(assignmentSchema).max(50000),
  roles: z.array(z.object({ itemId: id, personId: id, role: hostRoleSchema })).max(20000),
  participants: z.array(id).optional(),
  placedWith: z
    .array(
      z.object({
        personId: id,
        side: sideSchema,
        rank: count(1, 100000),
        precedence: count(1, 100000).optional(),
        absent: z.literal(true).optional(),
      }),
    )
    .max(50000)
    .optional(),
  slipsPrinted: z.object({ at: z.string().max(40), slips: z.record(id, z.string().max(2000)) }).optional(),
  underlay: underlaySchema.optional(),
});

// People issue: the plan's change log (shared/commands/change-log.ts keeps it bounded).
const changeLogSeatSchema = z.object({
  itemId: id,
  seat: z.string().max(20),
  kind: z.string().max(40),
  number: z.number().int().optional(),
});

export const changeLogEntrySchema = z.object({
  at: finite,
  kind: z.enum(['import', 'add', 'remove', 'attendance', 'rank', 'edit', 'reflow']),
  names: z.array(z.string().max(200)).max(100),
  personIds: z.array(id).max(100).optional(),
  count: z.number().int().min(0).optional(),
  sceneId: id.optional(),
  detail: z.string().max(300).optional(),
  moves: z
    .array(
      z.object({
        personId: id,
        name: z.string().max(200),
        from: changeLogSeatSchema.optional(),
        to: changeLogSeatSchema.optional(),
        reprint: z.boolean().optional(),
      }),
    )
    .max(5000)
    .optional(),
});

const dateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const planSchema = z.object({
  schemaVersion: z.number().int(),
  id,
  name: z.string().min(1).max(PLAN.name),
  startDate: dateString.optional(),
  endDate: dateString.optional(),
  organisation: z.string().max(PLAN.organisation),
  convention: conventionSchema,
  people: z.array(personSchema).max(PLAN_PEOPLE_MAX),
  scenes: z.array(sceneSchema).max(200),
  changeLog: z.array(changeLogEntrySchema).max(1000).optional(),
});

/** Compile-time proof that the schema and the hand-written types describe the same document. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const planTypesAgree: Same<z.infer<typeof planSchema>, Plan> = true;
void planTypesAgree;

/** "people[3].name: Too small…" — the path first, so a user can find the broken field. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
    .join('; ');
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(document)';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}
