/** The refusal of text past its limit (shared/model/limits.ts), naming the field; undefined when it fits. */
import type { T } from '../i18n';

export function tooLong(t: T, field: string, text: string, max: number): string | undefined {
  return text.length > max ? t('limits.tooLong', { field, max }) : undefined;
}
