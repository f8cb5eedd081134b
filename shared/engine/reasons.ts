/** Bilingual reasons and warnings. Every text names the rule it applies. */
import type { Reason, Warning, EP } from './types';

export function r(zh: string, en: string): Reason {
  return { zh, en };
}

export function warn(code: string, zh: string, en: string, extra: { personIds?: string[]; itemId?: string } = {}): Warning {
  return { code, zh, en, ...extra };
}

/** Prefix a reason with where it applies, e.g. the table number. */
export function prefixed(p: Reason, reason: Reason): Reason {
  return { zh: `${p.zh}；${reason.zh}`, en: `${p.en}; ${reason.en}` };
}

export function sideZh(side: string): string {
  return side === 'host' ? '主方' : side === 'guest' ? '客人' : '工作人员';
}

export function sideEn(side: string): string {
  return side === 'host' ? 'Host' : side === 'guest' ? 'Guest' : 'Staff';
}

/** "No. k of the guests", used by most placers. */
export function who(side: string, k: number): Reason {
  if (side === 'guest') return r(k === 1 ? '主宾' : `第${k}位客人`, k === 1 ? 'Chief guest' : `Guest no. ${k}`);
  if (side === 'host') return r(k === 1 ? '主方首位' : `主方第${k}位`, k === 1 ? 'Senior host' : `Host no. ${k}`);
  return r(`工作人员第${k}位`, `Staff no. ${k}`);
}

export function joinReason(a: Reason, b: Reason): Reason {
  return { zh: `${a.zh}：${b.zh}`, en: `${a.en}: ${b.en}` };
}

/** Names the unseated people the way the officer knows them (by name; a case file has only ids). */
export function unseatedWarning(people: Pick<EP, 'id' | 'name'>[], itemId?: string): Warning {
  const names = people.map((p) => p.name ?? p.id);
  return warn(
    'more-people-than-seats',
    `人数多于座位，未安排：${names.join('、')}`,
    `More people than seats; not seated: ${names.join(', ')}`,
    { personIds: people.map((p) => p.id), ...(itemId ? { itemId } : {}) },
  );
}
