import { describe, expect, it } from 'vitest';
import { seatGeometry } from '../../../shared/engine';
import { seatLabelText } from '../../../shared/i18n/seat-labels';
import { newId } from '../../../shared/model/ids';
import type { Scene } from '../../../shared/model/types';
import { TEMPLATES } from '../../../shared/templates';

describe('seat labels in words', () => {
  it('round and long tables: seat of honour, opposite, and each host’s hands', () => {
    expect(['P', 'O', 'R1', 'L4', 'OR2', 'OL1', 'ER'].map((l) => seatLabelText('zh', 'round-table', l))).toEqual([
      '主位',
      '副主位',
      '右1',
      '左4',
      '副主位右2',
      '副主位左1',
      '右端',
    ]);
    expect(['P', 'R1', 'OL1'].map((l) => seatLabelText('en', 'long-table', l))).toEqual([
      'Head seat',
      'Right 1',
      'Opposite left 1',
    ]);
  });

  it('cars, elevators, 会见 and 会谈 in their own frames', () => {
    expect(seatLabelText('zh', 'car', 'RR')).toBe('后排右');
    expect(seatLabelText('zh', 'car', '2:3')).toBe('第2排第3座');
    expect(seatLabelText('en', 'elevator', 'FR')).toBe('Front right corner');
    expect(seatLabelText('zh', 'reception', 'E-right')).toBe('进门右侧主位');
    expect(seatLabelText('zh', 'reception', 'E-left-2')).toBe('进门左侧第2位');
    expect(seatLabelText('en', 'reception', 'E-right-B1')).toBe('Behind, right as you enter, 1');
    expect(seatLabelText('zh', 'talks-table', 'G')).toBe('客方主谈人');
    expect(seatLabelText('zh', 'talks-table', 'H-R1')).toBe('主方右1');
    expect(seatLabelText('zh', 'rostrum', '1:3')).toBe('第1排第3座');
    expect(seatLabelText('zh', 'conference-table', 'head')).toBe('主持位');
  });

  it('every seat of every template has words in both languages (no label falls through as a code)', () => {
    for (const template of TEMPLATES) {
      const items = template.build(newId);
      const scene: Scene = { id: 's', name: 's', kind: template.sceneKind, options: {}, items, assignments: [], roles: [] };
      for (const item of items) {
        for (const seat of seatGeometry(item, scene)) {
          for (const lang of ['zh', 'en'] as const) {
            const text = seatLabelText(lang, item.kind, seat.label);
            expect([template.id, item.kind, seat.label, text === seat.label]).toEqual([
              template.id,
              item.kind,
              seat.label,
              false,
            ]);
          }
        }
      }
    }
  });

  it('an unknown label is shown as it is', () => {
    expect(seatLabelText('zh', 'round-table', 'X9')).toBe('X9');
  });
});
