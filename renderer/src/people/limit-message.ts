/** The words for a person field past its limit (shared/model/limits.ts): typed, or imported. */
import { limitBroken, limitWords, type FieldKey } from '../../../shared/people';
import type { T } from '../i18n';

/** The message for typed text past its field's limit, or undefined when it fits. */
export function limitMessage(t: T, field: FieldKey, text: string): string | undefined {
  const max = limitBroken(field, text.trim());
  return max === undefined ? undefined : limitWords(t, field, max);
}
