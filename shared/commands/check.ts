/**
 * In development and test builds every command's result is validated against the plan schema,
 * so an invalid document fails at the command that made it (named in the error) instead of at
 * the next save. The production renderer turns this off (renderer/src/main.tsx) for speed.
 */
import { describeZodError, planSchema } from '../model/schema';
import type { Plan } from '../model/types';

let checking = true;

export function setCommandChecks(on: boolean): void {
  checking = on;
}

export class InvalidDocumentError extends Error {}

export function checkResult(commandType: string, plan: Plan): Plan {
  if (!checking) return plan;
  const parsed = planSchema.safeParse(plan);
  if (!parsed.success) {
    throw new InvalidDocumentError(`${commandType} made an invalid document: ${describeZodError(parsed.error)}`);
  }
  return plan;
}
