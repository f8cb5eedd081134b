/**
 * The review sheet's data (座次审定稿): the exact rows of each scene of a visit built from the
 * venue templates — who sits in the principal seats and why, the table order, the car order and
 * the open problems — in words, never in engine codes.
 */
import { describe, expect, it } from 'vitest';
import { reviewPages, type ReviewPage } from '../../../shared/output/review';
import { reviewPlan } from './review-plan';

const pages = reviewPages(reviewPlan(), 'zh');
const page = (scene: string): ReviewPage => pages.find((p) => p.scene === scene)!;
const rows = (scene: string) => page(scene).seats.map((s) => [s.name, s.seat, s.reason]);

describe('review sheet data', () => {
  it('has one page per scene, in the plan order', () => {
    expect(pages.map((p) => p.scene)).toEqual(['会见', '欢迎宴', '车队', '乘梯']);
  });

  it('gives the 会见 principals, guests and hosts alternating by rank, staff last, each with the rule', () => {
    expect(rows('会见')).toEqual([
      [
        '李明远',
        '会见沙发 进门左侧主位',
        '主宾：与主人并坐，进门左侧（商务：主宾在主人右手；“商务场合进门右手边为主位”，主位按主人座理解）',
      ],
      [
        '赵立新',
        '会见沙发 进门右侧主位',
        '主人：里端正中、面向门，进门右侧（商务：主宾在主人右手；“商务场合进门右手边为主位”，主位按主人座理解）',
      ],
      ['周建国', '会见沙发 进门左侧第1位', '第2位客人：沿主宾一侧墙依次就座，越近门位次越低（进门左侧第1位）'],
      ['钱志强', '会见沙发 进门右侧第1位', '主方第2位：沿主人一侧墙依次就座，越近门位次越低（进门右侧第1位）'],
      ['吴海峰', '会见沙发 进门左侧第2位', '第3位客人：沿主宾一侧墙依次就座，越近门位次越低（进门左侧第2位）'],
      ['孙文博', '会见沙发 进门右侧第2位', '主方第3位：沿主人一侧墙依次就座，越近门位次越低（进门右侧第2位）'],
      ['郑晓东', '会见沙发 进门右侧后排1', '工作人员：坐在主方第二排（进门右侧后排1），不占主宾座位和沿墙沙发'],
    ]);
  });

  it('gives the main table by precedence: 主宾, 主位, the second guest, 副主陪; seats swapped by hand say so', () => {
    expect(rows('欢迎宴')).toEqual([
      ['李明远', '1 号桌 右1', '第1桌（按桌次与位次分桌）；主宾：主陪右手（主陪、副主陪两边交替，近者为先，各以右手为先）'],
      [
        '赵立新',
        '1 号桌 主位',
        '第1桌（按桌次与位次分桌）；主陪：主位，离门最远、面向门（面门为上）（未指定，由本桌位次最高的主方人员担任）',
      ],
      ['周建国', '1 号桌 左5', '人工安排（不是排座规则给出的座位）'],
      ['钱志强', '1 号桌 副主位', '第1桌（按桌次与位次分桌）；副主陪：主陪对面，背门（未指定，由本桌位次第二的主方人员担任）'],
      ['吴海峰', '1 号桌 左1', '人工安排（不是排座规则给出的座位）'],
      ['孙文博', '1 号桌 右5', '第1桌（按桌次与位次分桌）；主方陪同第1位：副主陪左手（客人之后按位次）'],
      ['郑晓东', '1 号桌 左3', '第1桌（按桌次与位次分桌）；工作人员：客人和主方人员入座后余下的最末座位（左3）'],
    ]);
  });

  it('gives car 1: the chief guest, the senior host beside him and the aide at the front', () => {
    expect(rows('车队')).toEqual([
      ['李明远', '1 号车 后排右', '1号车（主宾车）；主宾：后排右（上车位于路边一侧），本车上座（司机驾车的轿车）'],
      ['赵立新', '1 号车 后排左', '1号车（主宾车）；陪车：主陪陪同主宾，坐主宾左侧（后排左）'],
      ['郑晓东', '1 号车 副驾驶', '1号车（主宾车）；随员：副驾驶（随员座），便于联络、引导'],
    ]);
  });

  it('gives the elevator riders with their corners', () => {
    expect(rows('乘梯')).toEqual([
      ['李明远', '电梯 后右角', '主宾：后排右角（第1位；远离按钮为尊，近按钮为次）'],
      ['赵立新', '电梯 前左角', '主人：按钮一侧的前角（前左角），操作电梯、照应客人'],
      ['周建国', '电梯 后左角', '第2位客人：后排左角（第2位；远离按钮为尊，近按钮为次）'],
      ['钱志强', '电梯 前右角', '主方第2位：前排右角（第3位；远离按钮为尊，近按钮为次）'],
    ]);
  });

  it('lists the table order with its rule, for the tables someone sits at (here only the main table)', () => {
    const banquet = page('欢迎宴');
    expect(banquet.tableRule).toBe(
      '桌次规则：主桌为第1桌（标定的主桌；未标定时取离门最远、居中的一桌，有主席台时取最近主席台的一桌）；其余各桌离主桌越近越靠前，距离相同时离门远者在前，再以右为上（面门而看的右侧）。',
    );
    expect(banquet.tables.map((t) => [t.title, t.people, t.why])).toEqual([['第1桌', '主位 赵立新、右1 李明远 等7人', '主桌']]);
    expect(page('会见').tableRule).toBeUndefined();
  });

  it('lists the car order: every car someone rides in, by number, with its riders in seat words', () => {
    expect(page('车队').carRule).toBe(
      '车序规则：车号即车队行进顺序；主宾乘主车，主陪同车陪同，其余客人按位次依次乘后车，主方人员随后，工作人员最后。',
    );
    expect(page('车队').cars.map((c) => [c.title, c.people])).toEqual([
      ['1号车', '副驾驶 郑晓东、后排左 赵立新、后排右 李明远'],
      ['2号车', '副驾驶 吴海峰、后排左 钱志强、后排右 周建国'],
      ['3号车', '后排右 孙文博'],
    ]);
  });

  it('lists the open protocol problems of the scene only, with what to do', () => {
    expect(page('欢迎宴').problems).toEqual(['位次较高者 周建国 坐在较低座位，低于 吴海峰——对调两人的座位，或重新自动排座']);
    for (const scene of ['会见', '车队', '乘梯']) expect(page(scene).problems).toEqual([]);
  });
});
