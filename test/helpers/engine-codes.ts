/**
 * What the officer must never read (RULES §8): engine seat labels (R3, OL2, E-left-3, E-right-B1,
 * FP, RM, 1:3, P, O), option ids (`handbookMeeting: hostSeat`) and person ids (`person_…`).
 * Files and the `place` command's `seats` map keep the labels; rendered text never shows them.
 */
export const ENGINE_CODE =
  /\bO?[RL]\d+\b|\bE-(?:left|right)|\b(?:FP|FM|RM|RR|RL|ML|MM|MR|BL|BM|BR|FL|FR|ER|EL|P|O)\b|\b\d+:\d+\b|\b[a-z]+[A-Z][a-zA-Z]*\s*:|person_/;
