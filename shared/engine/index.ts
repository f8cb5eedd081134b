/**
 * The precedence engine (RULES.md): pure and deterministic. See docs/engine.md.
 */
export { placeCase, CaseError, type CaseAnswer } from './place';
export { seatGeometry } from './seats';
export { MINIBUS_DEFAULT } from './car';
export { autoPlaceScene, type AutoPlaceOptions } from './scene';
export { tableOrder } from './hall';
export { lintScene } from './lint';
export { explainSeat, type SeatExplanation, type SeatQuery } from './explain-seat';
export { explainTableNumber } from './explain-table';
export type { Reason, Warning, SeatGeom, SceneResult } from './types';
