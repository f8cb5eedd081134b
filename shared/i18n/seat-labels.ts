/**
 * The engine's seat labels (P, R1, RR, E-right-2, 1:3 … — docs/seat-labels.md) in words an
 * officer reads at a glance: 主位, 右1, 后排右, 进门右侧第2位, 第1排第3座. Display only: the
 * document, the case format and the spreadsheets keep the labels themselves. A label this does
 * not know is shown as it is, never hidden.
 */
import type { ItemKind } from '../model/types';
import type { Lang } from './translate';

type Words = Record<Lang, string>;
const w = (zh: string, en: string): Words => ({ zh, en });

const CAR: Record<string, Words> = {
  D: w('司机', 'Driver'),
  FP: w('副驾驶', 'Front passenger'),
  FM: w('前排中', 'Front middle'),
  RL: w('后排左', 'Rear left'),
  RM: w('后排中', 'Rear middle'),
  RR: w('后排右', 'Rear right'),
  ML: w('中排左', 'Middle left'),
  MM: w('中排中', 'Middle centre'),
  MR: w('中排右', 'Middle right'),
  BL: w('末排左', 'Back left'),
  BM: w('末排中', 'Back middle'),
  BR: w('末排右', 'Back right'),
};

const ELEVATOR: Record<string, Words> = {
  BL: w('后左角', 'Back left corner'),
  BR: w('后右角', 'Back right corner'),
  BM: w('后中', 'Back middle'),
  FL: w('前左角', 'Front left corner'),
  FR: w('前右角', 'Front right corner'),
};

const TABLE: Record<string, Words> = {
  P: w('主位', 'Head seat'),
  O: w('副主位', 'Opposite seat'),
  ER: w('右端', 'Right end'),
  EL: w('左端', 'Left end'),
  head: w('主持位', 'Chair'),
  foot: w('末位', 'Foot'),
};

/** Patterns shared by several kinds: R3 / L3, and the row:col grid of rows and buses. */
function numbered(lang: Lang, label: string): string | undefined {
  let m = /^(O?)([RL])(\d+)$/.exec(label);
  if (m) {
    const [, opposite, side, n] = m;
    const hand = side === 'R' ? w('右', 'right ') : w('左', 'left ');
    if (lang === 'zh') return `${opposite ? '副主位' : ''}${hand.zh}${n}`;
    return opposite ? `Opposite ${hand.en}${n}` : `${side === 'R' ? 'Right' : 'Left'} ${n}`;
  }
  m = /^(\d+):(\d+)$/.exec(label);
  if (m) return lang === 'zh' ? `第${m[1]}排第${m[2]}座` : `Row ${m[1]}, seat ${m[2]}`;
  return undefined;
}

/** 会见: E-right, E-right-2, E-right-B1 — the side as you enter the room. */
function reception(lang: Lang, label: string): string | undefined {
  const m = /^E-(left|right)(?:-(B?)(\d+))?$/.exec(label);
  if (!m) return undefined;
  const [, side, behind, n] = m;
  const sideZh = side === 'right' ? '进门右侧' : '进门左侧';
  const sideEn = side === 'right' ? 'right as you enter' : 'left as you enter';
  if (!n) return lang === 'zh' ? `${sideZh}主位` : `Principal, ${sideEn}`;
  if (behind) return lang === 'zh' ? `${sideZh}后排${n}` : `Behind, ${sideEn}, ${n}`;
  return lang === 'zh' ? `${sideZh}第${n}位` : `${sideEn[0]!.toUpperCase()}${sideEn.slice(1)}, ${n}`;
}

/** 会谈: G / H principals, G-R1, H-L2, G-B1 — by each principal's own hands. */
function talks(lang: Lang, label: string): string | undefined {
  const m = /^([GH])(?:-([RLB])(\d+))?$/.exec(label);
  if (!m) return undefined;
  const [, party, where, n] = m;
  const partyZh = party === 'G' ? '客方' : '主方';
  const partyEn = party === 'G' ? 'Guest' : 'Host';
  if (!where) return lang === 'zh' ? `${partyZh}主谈人` : `${partyEn} principal`;
  const zh = where === 'R' ? `右${n}` : where === 'L' ? `左${n}` : `后排${n}`;
  const en = where === 'R' ? `right ${n}` : where === 'L' ? `left ${n}` : `behind ${n}`;
  return lang === 'zh' ? `${partyZh}${zh}` : `${partyEn} ${en}`;
}

export function seatLabelText(lang: Lang, kind: ItemKind | undefined, label: string): string {
  switch (kind) {
    case 'car':
      return CAR[label]?.[lang] ?? numbered(lang, label) ?? label;
    case 'elevator':
      return ELEVATOR[label]?.[lang] ?? label;
    case 'reception':
      return reception(lang, label) ?? label;
    case 'talks-table':
      return talks(lang, label) ?? label;
    default:
      return TABLE[label]?.[lang] ?? numbered(lang, label) ?? label;
  }
}
