/**
 * Reading a clipboard payload back: validated with the plan's own item schema before anything
 * is added, so a malformed one is refused with a message naming the first problem, never
 * half-pasted. Kept apart from clipboard.ts so the validator loads on the first paste.
 */
import { z } from 'zod';
import { itemSchema } from '../../../shared/model/schema';
import type { VenueItem } from '../../../shared/model/types';
import { CLIPBOARD_FORMAT, type ClipRead } from './clipboard-format';

const MAX_ITEMS = 5000;

const payloadSchema = z.object({
  format: z.literal(CLIPBOARD_FORMAT),
  version: z.literal(1),
  items: z.array(itemSchema).min(1).max(MAX_ITEMS),
});

/** Reads clipboard text: our items (validated), a damaged payload of ours, or someone else's text. */
export function parseClipboard(text: string): ClipRead {
  if (!text.includes(CLIPBOARD_FORMAT)) return { kind: 'foreign' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'malformed', problem: 'JSON' };
  }
  const parsed = payloadSchema.safeParse(data);
  if (parsed.success) return { kind: 'items', items: parsed.data.items as VenueItem[] };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : `.${String(p)}`)).join('');
  return { kind: 'malformed', problem: `${where.replace(/^\./, '') || 'payload'}: ${issue.message}` };
}
