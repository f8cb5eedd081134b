import { describe, expect, it } from 'vitest';
import { CLIPBOARD_FORMAT, clipboardText } from '../../../renderer/src/canvas/clipboard';
import { parseClipboard } from '../../../renderer/src/canvas/clipboard-payload';
import { make } from '../../../shared/templates';

let n = 0;
const makeId = (p: string) => `${p}_${n++}`;
const table = make.roundTable(makeId, { x: 1, y: 2 }, 12);
const bus = make.car(makeId, { x: 0, y: 0 }, 'minibus', { rows: 3, seatsPerRow: 4 });

describe('clipboard payload', () => {
  it('round-trips items through the tagged JSON text', () => {
    const read = parseClipboard(clipboardText([table, bus]));
    expect(read).toEqual({ kind: 'items', items: [table, bus] });
  });

  it('someone else’s text is foreign, not an error', () => {
    expect(parseClipboard('王建国')).toEqual({ kind: 'foreign' });
    expect(parseClipboard('{"items": []}')).toEqual({ kind: 'foreign' });
  });

  it('a damaged payload of ours is refused, naming the item and field', () => {
    const bad = JSON.stringify({ format: CLIPBOARD_FORMAT, version: 1, items: [table, { ...table, seats: 99 }] });
    const read = parseClipboard(bad);
    expect(read.kind).toBe('malformed');
    expect(read.kind === 'malformed' && read.problem).toMatch(/^items\[2\]\.seats: /);
    expect(parseClipboard(`{"format":"${CLIPBOARD_FORMAT}","items":[`)).toEqual({ kind: 'malformed', problem: 'JSON' });
    expect(parseClipboard(JSON.stringify({ format: CLIPBOARD_FORMAT, version: 1, items: [] })).kind).toBe('malformed');
    expect(
      parseClipboard(JSON.stringify({ format: CLIPBOARD_FORMAT, version: 1, items: [{ ...table, kind: 'spaceship' }] })).kind,
    ).toBe('malformed');
  });
});
