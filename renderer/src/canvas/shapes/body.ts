/** The body of any item kind, drawn in its own frame (see item-frame.ts) by the kind's own painter. */
import { canvasKind } from '../kinds';
import type { Ctx } from './paint';
import type { BodyProps } from './types';

export function drawBody(ctx: Ctx, props: BodyProps): void {
  canvasKind(props.item).draw(ctx, props);
}
