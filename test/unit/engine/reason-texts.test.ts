/**
 * Issue 12, "Wrong reasons": each reason that used to say something untrue or unspecific, pinned
 * by its exact words (zh, and en where the frame of reference is the point). The snapshots show
 * every reason; these say which ones were wrong and what they must say instead.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { carRanking } from '../../../shared/engine/car';
import { place } from '../../../shared/i18n/case-answer';
import { translate, type Lang } from '../../../shared/i18n/translate';
import type { CarItem } from '../../../shared/model/types';

const fixture =
  (folder: string) =>
  (name: string, lang: Lang = 'zh') =>
    place(JSON.parse(readFileSync(fileURLToPath(new URL(`../../fixtures/${folder}/${name}.json`, import.meta.url)), 'utf8')), {
      lang,
    });
const golden = fixture('cases');
const scene = fixture('reason-scenes');

const carSeatWord = (lang: Lang, label: string) => translate(lang, `reason.car.seat.${label}` as Parameters<typeof translate>[1]);

describe('reasons say what the rules did', () => {
  it('right-hand drive: the ranking named is the mirrored one (the kerb is on the left)', () => {
    const a = golden('car-sedan-right-drive');
    expect(a.reasons.g1).toBe('主宾：后排左（上车位于路边一侧），本车上座（司机驾车的轿车）');
    expect(a.reasons.g2).toBe('第2位客人：后排右，本车第2座，次于后排左（司机驾车的轿车）');
    expect(golden('car-sedan-right-drive', 'en').reasons.g1).toBe(
      'Chief guest: rear left (the kerb-side door), the top seat in this car (sedan with a chauffeur)',
    );
    // Every vehicle and driver: the second passenger's reason names the car's real top seat.
    for (const model of ['sedan', 'jeep', 'mpv7', 'mpv7-classic', 'van9'] as const) {
      for (const driver of ['chauffeur', 'host'] as const) {
        const input = {
          venue: { kind: 'car', model, driver },
          options: { drive: 'right' },
          people: [
            { id: 'H1', side: 'host', rank: 1 },
            { id: 'g1', side: 'guest', rank: 1 },
            { id: 'g2', side: 'guest', rank: 2 },
          ],
        };
        const { order } = carRanking({ kind: 'car', model, driver } as CarItem, { drive: 'right' });
        const answer = place(input);
        const top = carSeatWord('zh', order[0]!);
        expect(answer.seats.g1, `${model}/${driver}`).toBe(order[0]);
        const second = Object.keys(answer.seats).find((id) => answer.seats[id] !== 'D' && id !== 'g1' && id !== 'H1')!;
        expect(answer.reasons[second], `${model}/${driver}`).toContain(`次于${top}`);
      }
    }
  });

  it('chiefGuestTakesHostSeat: seats are counted by the hands of the chief guest, who holds P', () => {
    const a = golden('round10-chief-guest-takes-host-seat');
    expect(a.reasons.g1).toBe('主宾：主位（主宾位次高于主陪，主宾坐主位）');
    expect(a.reasons.H1).toBe('主陪：主宾右手（主宾坐主位，主陪在其右手陪同）');
    expect(a.reasons.H2).toBe('副主陪：主宾对面，背门');
    expect(a.reasons.g2).toBe('第2位客人：主宾左手（主陪、副主陪两边交替，近者为先，各以右手为先）');
    expect(golden('round10-chief-guest-takes-host-seat', 'en').reasons.g2).toBe(
      "Guest no. 2: left hand of the chief guest (guests alternate between the chief and the deputy host, nearest first, each host's right hand first)",
    );
    expect(scene('long-table-chief-guest-takes-host-seat').reasons.g5).toBe(
      '第5位客人：主宾右侧第2位（主陪、副主陪两边交替，近者为先，各以右手为先）',
    );
  });

  it('会见: the guest is said to be on the hand of the host he really sits on, under either reading', () => {
    // hostSeat (default), commercial: host on the right as you enter, so the guest on his right.
    expect(golden('reception-commercial').reasons.g1).toBe(
      '主宾：与主人并坐，进门左侧（商务：主宾在主人右手；“商务场合进门右手边为主位”，主位按主人座理解）',
    );
    // honourSeat, commercial: the guest on the right as you enter = the host's left.
    expect(golden('reception-honour-seat-reading').reasons.g1).toBe(
      '主宾：与主人并坐，进门右侧（商务：主宾在主人左手；“商务场合进门右手边为主位”，主位按上宾座理解）',
    );
    expect(golden('reception-honour-seat-reading', 'en').reasons.H1).toBe(
      "Host principal: far end facing the door, left as you enter (commercial: the chief guest on the host's left; the handbook’s “in business the seat on the right as you enter is the main seat”, read as the honoured guest’s seat)",
    );
    // honourSeat, government: the guest on the left as you enter = the host's right.
    expect(scene('reception-government-honour-seat').reasons.H1).toBe(
      '主人：里端正中、面向门，进门右侧（政务：主宾在主人右手；“政务场合进门左手边为主位”，主位按上宾座理解）',
    );
    // Interpreters sit behind their own principal: in 会见 the 主宾 or the 主人 (主谈人 is 会谈's word).
    expect(golden('reception-interpreter').reasons.gi).toBe('译员：坐在主宾身后（进门左侧后排1）');
    // No option ids in the words.
    expect(golden('reception-government').reasons.H1).not.toContain('handbookMeeting');
  });

  it('a staff seat is by the door only when it is O', () => {
    expect(golden('round10-two-hosts-4-guests-staff').reasons.s1).toBe('工作人员：客人和主方人员入座后余下的最末座位（右3）');
    expect(golden('round10-single-host-staff').reasons.s1).toBe('工作人员：余下的最末座位，背门（靠近门和上菜口）');
  });

  it('western: no promise of alternation where N is divisible by 4, or odd; never "couples apart" beside a spouse', () => {
    const eight = golden('round8-western-warning');
    expect(eight.reasons.w1).toBe('女宾（靠近男主人，右手为先）第1位：右1（8座能被4整除，男女主人相对时无法全部男女交错）');
    expect(Object.values(eight.reasons).join()).not.toContain('男女交错，夫妇分坐');
    expect(golden('round10-western').reasons.w1).toBe('女宾（靠近男主人，右手为先）第1位：右1（男女交错，夫妇分坐）');
    const odd = scene('round9-western-odd');
    expect(odd.warnings.map((w) => w.code)).toContain('spouses-adjacent');
    expect(odd.reasons.HF).toBe('女宾（靠近男主人，右手为先）第2位：左1（座位所限，与配偶相邻）');
  });

  it('a one-host long table cites no 副主陪', () => {
    const a = golden('long-table-even-ends');
    expect(Object.values(a.reasons).join()).not.toContain('副主陪');
    expect(a.reasons.g5).toBe('第5位客人：对面（背门）一侧，主陪左手方向第1位（以右为尊，客人按位次入座）');
    expect(a.reasons.g6).toBe('第6位客人：对面（背门）一侧，主陪右手方向第1位（以右为尊，客人按位次入座）');
    // With a 副主陪 the near side is his.
    expect(golden('long-table-two-hosts').reasons.g3).toBe(
      '第3位客人：副主陪右手（主陪、副主陪两边交替，近者为先，各以右手为先）',
    );
  });

  it('a whole hall names both the hall-wide and the per-table rank', () => {
    const a = golden('hall-fill-two-tables');
    expect(a.reasons.H3).toBe(
      '第1桌（按桌次与位次分桌）；主方第3位，本桌副主陪：主陪对面，背门（未指定，由本桌位次第二的主方人员担任）',
    );
    expect(a.reasons.H2).toBe(
      '第2桌（按桌次与位次分桌）；主方第2位，本桌主陪：主位，离门最远、面向门（面门为上）（未指定，由本桌位次最高的主方人员担任）',
    );
    expect(a.reasons.g6).toBe(
      '第2桌（按桌次与位次分桌）；第6位客人，本桌第2位客人：主陪左手（主陪、副主陪两边交替，近者为先，各以右手为先）',
    );
    // At table 1 the two ranks are the same: named once.
    expect(a.reasons.g2).toBe('第1桌（按桌次与位次分桌）；第2位客人：主陪左手（主陪、副主陪两边交替，近者为先，各以右手为先）');
    expect(golden('hall-fill-two-tables', 'en').reasons.g6).toBe(
      "Table 2 (tables filled by rank in table order); Guest no. 6, guest no. 2 at this table: left hand of the chief host (guests alternate between the chief and the deputy host, nearest first, each host's right hand first)",
    );
  });

  it('two hosts: guests 7 and 8 sit on the 副主陪’s side, by his hands', () => {
    const a = golden('round10-two-hosts-8-guests');
    expect(a.reasons.g7).toBe('第7位客人：副主陪右侧第2位（主陪、副主陪两边交替，近者为先，各以右手为先）');
    expect(a.reasons.g8).toBe('第8位客人：副主陪左侧第2位（主陪、副主陪两边交替，近者为先，各以右手为先）');
    expect(a.reasons.g5).toBe('第5位客人：主陪右侧第2位（主陪、副主陪两边交替，近者为先，各以右手为先）');
  });

  it('car reasons say each thing once', () => {
    const a = golden('car-sedan-chauffeur-4');
    expect(a.reasons).toEqual({
      g1: '主宾：后排右（上车位于路边一侧），本车上座（司机驾车的轿车）',
      g2: '第2位客人：后排左，本车第2座，次于后排右（司机驾车的轿车）',
      g3: '第3位客人：副驾驶，本车第3座，次于后排右、后排左（司机驾车的轿车）',
      g4: '第4位客人：后排中，本车第4座，次于后排右、后排左、副驾驶（司机驾车的轿车）',
    });
    // No car reason names a seat twice (the seat, then the ranking that starts with it).
    const seats = ['FP', 'FM', 'RL', 'RM', 'RR', 'ML', 'MM', 'MR', 'BL', 'BM', 'BR'].map((l) => carSeatWord('zh', l));
    const cars = ['car-jeep-host', 'car-mpv7-chauffeur-6', 'car-sedan-host-3', 'car-van9-guest-host', 'motorcade-3-cars'];
    for (const name of cars) {
      for (const [pid, reason] of Object.entries(golden(name).reasons)) {
        for (const seat of seats) expect(reason.split(seat).length, `${name} ${pid}: ${reason}`).toBeLessThanOrEqual(2);
      }
    }
    // A minibus seat by its row and its place from the door (right-hand drive: the door is on the left).
    expect(golden('minibus-right-drive').reasons.g4).toBe(
      '第4位客人：第2排从车门数第1座（中巴/大巴：前排为上，同排靠车门者为上；工作人员坐司机旁）',
    );
    expect(golden('minibus-guest-host-aide').reasons.H1).toBe('陪车：主陪陪同主宾，坐主宾左侧（第1排从车门数第2座）');
    // In a motorcade, a later car's top guest is not called the chief guest.
    expect(golden('motorcade-chief-car-overflow').reasons.g3).toBe(
      '2号车（按位次依次乘车，工作人员在后）；第3位客人，本车第1位客人：后排右（上车位于路边一侧），本车上座（司机驾车的轿车）',
    );
  });

  it('an even rostrum row says that Nos. 1 and 2 share the centre, and on which hand No. 2 sits', () => {
    const a = golden('rostrum-government-8');
    expect(a.reasons.p1).toBe(
      '主席台第1排第4座：第1位（前排为上；居中为上、以左为尊（政务）；本排座位为双数，正中两座由本排第1、2位同坐，第2位在第1位左手）',
    );
    expect(a.reasons.p3).toBe('主席台第1排第3座：第3位（前排为上；居中为上、以左为尊（政务））');
    expect(golden('rostrum-commercial-6').reasons.p2).toContain('第2位在第1位右手');
    expect(Object.values(golden('rostrum-government-7').reasons).join()).not.toContain('双数');
  });

  it('people left unseated while seats are free are so by a rule, not for want of seats, and are named once', () => {
    const rostrum = (lang: Lang) =>
      place(
        {
          venue: { kind: 'rostrum', rows: [7] },
          people: [
            ...['H1', 'H2', 'H3'].map((id, i) => ({ id, side: 'host', rank: i + 1 })),
            { id: 'g1', side: 'guest', rank: 1 },
          ].concat(['s1', 's2'].map((id, i) => ({ id, side: 'staff', rank: i + 1 }))),
        },
        { lang },
      ).warnings;
    expect(rostrum('zh')).toEqual([
      { code: 'unseated-by-rule', message: '按规则未安排：s1、s2（余下的空座按规则不归其就座）；如需入座请为其加座' },
    ]);
    expect(rostrum('en')[0]!.message).toBe(
      'Not seated, by the rules: s1, s2 (the free seats are not theirs to take); add a seat if they need one',
    );
    // A 会谈 table's row behind has two chairs a side: a third interpreter is not put in a chair
    // that is not there (which the check then called a seat that no longer exists).
    const talks = place({
      venue: { kind: 'talks', seatsPerSide: 3 },
      options: { interpreters: 'behind' },
      people: [
        { id: 'H1', side: 'host', rank: 1 },
        { id: 'g1', side: 'guest', rank: 1 },
        ...[2, 3, 4].map((rank) => ({ id: `i${rank - 1}`, side: 'guest', rank, role: 'interpreter' })),
      ],
    });
    expect(talks.seats).toEqual({ H1: 'H', g1: 'G', i1: 'G-B1', i2: 'G-B2' });
    expect(talks.warnings).toEqual([
      { code: 'unseated-by-rule', message: '按规则未安排：i3（余下的空座按规则不归其就座）；如需入座请为其加座' },
    ]);
    // A 会见 without a second row says why in its own words, once.
    expect(golden('reception-no-back-row').warnings.map((w) => w.code)).toEqual(['reception-no-back-seat']);
    // Where the seats really run out, it says so.
    expect(golden('round12-more-people-than-seats').warnings).toEqual([
      { code: 'more-people-than-seats', message: '人数多于座位，未安排：s1' },
    ]);
  });

  it('elevator, photo, 会谈: the host works the panel only without an attendant; a photo is no rostrum; talks seats in words', () => {
    expect(golden('elevator-front-left-attendant-4').reasons.H1).toBe(
      '主人：按钮一侧的前角（前左角），照应客人（电梯员操作电梯）',
    );
    expect(golden('elevator-front-left-no-attendant').reasons.H1).toBe('主人：按钮一侧的前角（前左角），操作电梯、照应客人');
    expect(golden('photo-government-3').reasons.p1).toBe('合影（政务）第1排第2座：第1位（前排为上；居中为上、以左为尊（政务））');
    const photo = golden('photo-commercial-2-rows');
    expect(photo.reasons.g1).toBe('合影（商务）第1排第1座：居中者右手第1位（主客相间，客人先右后左）');
    expect(photo.reasons.H2).toBe('合影（商务）第2排第2座：本排居中');
    expect(photo.reasons.H3).toBe('合影（商务）第2排第1座：居中者右手第1位（主客相间，主方人员站两端）');
    expect(golden('talks-parallel-5').reasons.H2).toBe('主方第2位：主方主谈人左侧第1位（双方各自以右为上，右、左交替）');
    // Staff at the talks table are counted among staff, not after the hosts.
    const talks = place({
      venue: { kind: 'talks', seatsPerSide: 5 },
      people: [
        { id: 'H1', side: 'host', rank: 1 },
        { id: 'H2', side: 'host', rank: 2 },
        { id: 's1', side: 'staff', rank: 1 },
        { id: 'g1', side: 'guest', rank: 1 },
      ],
    });
    expect(talks.reasons.s1).toBe('工作人员第1位：主方主谈人左侧第1位（双方各自以右为上，右、左交替）');
  });
});
