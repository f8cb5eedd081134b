/** 主席台: rows of seats facing the audience; also the photo line-up (合影) in a photo scene. */
import { z } from 'zod';
import { placePhoto, placeRostrum, rostrumGeometry, rostrumOrder } from '../engine/rostrum';
import { SEAT_RADIUS } from './box';
import { counts, DOWN, itemBase, placed, within } from './fields';
import { tableSeatName } from './seat-names';
import type { KindSpec } from './types';

const LIMITS = { rows: counts(1, 60) } satisfies KindSpec<'rostrum'>['limits'];
const MOST_ROWS = 10;

/**
 * The rows are typed as one text ("7, 9"); it is parsed, not stored, so its length limit is the
 * longest text that can spell a valid list: every row at its most seats, each with a separator.
 */
export const ROWS_TEXT_MAX = MOST_ROWS * (String(LIMITS.rows.max).length + 2);

export const rostrum = {
  kind: 'rostrum',
  schema: z.object({
    ...itemBase,
    kind: z.literal('rostrum'),
    rows: z.array(within(LIMITS.rows)).min(1).max(MOST_ROWS),
    lectern: z.boolean(),
  }),
  limits: LIMITS,
  create: (makeId, at, fields = {}) => ({ ...placed(makeId, at, DOWN), kind: 'rostrum', rows: [7], lectern: true, ...fields }),
  seatGeometry: rostrumGeometry,
  seatName: tableSeatName,
  frame: (item) => {
    // Rows stand behind the front row (negative x); the desk and lectern are in front.
    const half = (Math.max(1, ...item.rows) * 0.7) / 2 + 0.3;
    const back = -(item.rows.length - 1) * 1.0 - 0.55;
    return { rotation: item.rotation, box: { x0: back, y0: -half, x1: 0.9, y1: item.lectern ? half + 1.0 : half } };
  },
  seatRadius: SEAT_RADIUS,
  group: 'rostrum',
  place: (job, item) => (job.scene.kind === 'photo' ? placePhoto(job, item) : placeRostrum(job, item)),
  honourOrder: (item, { scene, convention, options }) =>
    scene.kind === 'photo' && convention === 'commercial'
      ? undefined
      : rostrumOrder(item.rows, convention, options.evenRostrum === 'stageView').flat(),
  ruleOptions: { evenRostrum: 'any' },
  numberedTable: false,
  vehicle: false,
  seatsPeople: true,
  signingTable: false,
  overallOrder: true,
} satisfies KindSpec<'rostrum'>;
