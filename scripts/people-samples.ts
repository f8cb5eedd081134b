/**
 * `npx tsx scripts/people-samples.ts`: writes the sample guest lists in resources/samples/ — one
 * realistic 120-person delegation list as an Excel workbook, as a GB18030 CSV (what Excel saves
 * on Chinese Windows) and as a UTF-8 CSV with BOM. Deterministic (seeded), with the mess real
 * lists have: a title and a note line above the header, section rows, blank lines, a header
 * repeated at a page break, names padded with full-width spaces, full-width digits, a duplicate
 * row, a bad rank, and a closing note.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeGb18030 } from '../test/unit/people/encode';

const OUT = join(process.cwd(), 'resources', 'samples');
const HEADER = [
  '序号',
  '姓名',
  '性别',
  '单位',
  '职务',
  '身份',
  '排序',
  '接待级别',
  '职能',
  '团组',
  '饮食禁忌',
  '出席情况',
  '备注',
];
const TITLE = '远航集团赴杭州考察交流团来访人员名单';
const SUBTITLE = '接待单位：杭州市人民政府外事办公室　　制表日期：2026年11月20日（第三稿）';

// A small linear congruential generator: the same file every run.
let seed = 20261120;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
const GIVEN_M = [
  '建国',
  '志远',
  '海涛',
  '伟',
  '强',
  '磊',
  '军',
  '勇',
  '杰',
  '涛',
  '明',
  '超',
  '刚',
  '平',
  '辉',
  '鹏',
  '华',
  '飞',
  '鑫',
  '波',
  '斌',
  '宇',
  '浩',
  '凯',
  '健',
  '俊',
  '帆',
  '帅',
  '旭',
  '宁',
  '龙',
  '林',
  '洋',
  '立新',
  '振华',
  '国庆',
  '文博',
  '晓东',
  '永刚',
  '子豪',
];
const GIVEN_F = [
  '秀英',
  '丽',
  '静',
  '敏',
  '燕',
  '艳',
  '娟',
  '霞',
  '芳',
  '娜',
  '晓梅',
  '文华',
  '婷',
  '雪',
  '慧',
  '颖',
  '琳',
  '倩',
  '洁',
  '红梅',
  '玉兰',
  '佳怡',
  '欣怡',
  '雨涵',
  '梦琪',
];

interface Row {
  name: string;
  gender: '男' | '女';
  org: string;
  title: string;
  side: '主方' | '客方' | '工作人员';
  rank: number;
  level: string;
  fn: string;
  group: string;
  diet: string;
  attend: string;
  note: string;
}

const used = new Set<string>();
function personName(gender: '男' | '女'): string {
  for (;;) {
    const name = pick(SURNAMES) + pick(gender === '男' ? GIVEN_M : GIVEN_F);
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

function people(): Row[] {
  const rows: Row[] = [];
  const add = (side: Row['side'], org: string, title: string, level: string, extra: Partial<Row> = {}) => {
    const gender = random() < 0.28 ? '女' : '男';
    const rank = rows.filter((r) => r.side === side).length + 1;
    const diet = random() < 0.08 ? pick(['清真', '素食', '不吃辣', '海鲜过敏', '不吃牛肉']) : '';
    const attend = random() < 0.06 ? '待定' : '确认';
    rows.push({
      name: personName(gender),
      gender,
      org,
      title,
      side,
      rank,
      level,
      fn: '',
      group: '',
      diet,
      attend,
      note: '',
      ...extra,
    });
  };
  // 主方: 18
  const hosts: [string, string, string][] = [
    ['杭州市人民政府', '市长', '一级'],
    ['杭州市人民政府', '副市长', '一级'],
    ['杭州市人民政府', '秘书长', '二级'],
    ['杭州市人民政府外事办公室', '主任', '二级'],
    ['杭州市商务局', '局长', '二级'],
    ['杭州市发展和改革委员会', '副主任', '二级'],
    ['杭州市人民政府外事办公室', '副主任', '三级'],
    ['杭州市商务局', '副局长', '三级'],
    ['滨江区人民政府', '区长', '二级'],
    ['滨江区人民政府', '副区长', '三级'],
    ['杭州高新技术产业开发区管委会', '副主任', '三级'],
    ['杭州市投资促进局', '局长', '三级'],
    ['杭州市人民政府外事办公室', '礼宾处处长', '三级'],
    ['杭州市商务局', '外资处处长', '四级'],
    ['杭州市投资促进局', '综合处处长', '四级'],
    ['滨江区商务局', '局长', '四级'],
    ['杭州市人民政府办公厅', '副秘书长', '三级'],
    ['杭州市人民政府外事办公室', '礼宾处副处长', '四级'],
  ];
  for (const [org, title, level] of hosts) add('主方', org, title, level);
  // 客方: 92, in delegations
  const guestOrgs: [string, string, number][] = [
    ['远航集团有限公司', '集团总部', 22],
    ['远航集团（上海）投资有限公司', '投资组', 18],
    ['远航物流股份有限公司', '物流组', 18],
    ['远航科技研究院', '科技组', 16],
    ['远航国际贸易有限公司', '贸易组', 18],
  ];
  const guestTitles = [
    '董事长',
    '总裁',
    '常务副总裁',
    '副总裁',
    '副总裁',
    '首席财务官',
    '总经理',
    '副总经理',
    '副总经理',
    '总监',
    '总监',
    '副总监',
    '高级经理',
    '经理',
    '经理',
    '主管',
    '主管',
    '专员',
  ];
  let first = true;
  for (const [org, group, count] of guestOrgs) {
    for (let i = 0; i < count; i++) {
      const title = first && i < 6 ? guestTitles[i]! : i === 0 ? '总经理' : pick(guestTitles.slice(6));
      const n = rows.filter((r) => r.side === '客方').length;
      const level = n < 3 ? '一级' : n < 12 ? '二级' : n < 40 ? '三级' : '四级';
      add('客方', org, title, level, { group });
    }
    first = false;
  }
  // 工作人员: 10
  const staff: [string, string, string][] = [
    ['杭州市人民政府外事办公室', '翻译', '翻译'],
    ['杭州市人民政府外事办公室', '翻译', '翻译'],
    ['远航集团有限公司', '翻译', '翻译'],
    ['杭州市人民政府外事办公室', '科员', '记录'],
    ['杭州市人民政府外事办公室', '科员', '联络员'],
    ['远航集团有限公司', '行政助理', '联络员'],
    ['杭州市机关事务管理局', '驾驶员', '司机'],
    ['杭州市机关事务管理局', '驾驶员', '司机'],
    ['杭州市机关事务管理局', '驾驶员', '司机'],
    ['杭州市人民政府新闻办公室', '摄影', '摄影'],
  ];
  for (const [org, title, fn] of staff) add('工作人员', org, title, '', { fn });
  // Two people who will not come, as officers mark them.
  rows[27]!.attend = '缺席';
  rows[64]!.attend = '缺席';
  rows[64]!.note = '行程冲突';
  return rows;
}

const FULL_WIDTH_DIGITS = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** The list as a grid of text, messy the way real lists are. */
function grid(rows: Row[]): string[][] {
  const out: string[][] = [[TITLE], [SUBTITLE], [], HEADER];
  const sections: Record<Row['side'], string> = {
    主方: '一、主方人员',
    客方: '二、客方人员（远航集团考察交流团）',
    工作人员: '三、工作人员',
  };
  let lastSide = '';
  let index = 0;
  rows.forEach((r, i) => {
    if (r.side !== lastSide) {
      if (lastSide) out.push([]);
      out.push([sections[r.side]]);
      lastSide = r.side;
    }
    if (i === 60) out.push(HEADER); // a page break in the original Word table repeats the header
    index++;
    let name = r.name;
    if (name.length === 2 && i % 3 === 0) name = `${name[0]}\u3000${name[1]}`; // padded to three characters
    if (i === 5) name = ` ${name}\u3000`; // stray spaces around
    let rank = String(r.rank);
    if (i % 17 === 4) rank = FULL_WIDTH_DIGITS(r.rank);
    if (i === 41) rank = '待定'; // the bad rank
    const side = i % 11 === 7 ? '' : r.side; // some rows leave the side to their section
    const level =
      i % 13 === 2 && r.level ? r.level.replace('一', '1').replace('二', '2').replace('三', '3').replace('四', '4') : r.level;
    out.push([String(index), name, r.gender, r.org, r.title, side, rank, level, r.fn, r.group, r.diet, r.attend, r.note]);
    if (i === 33) {
      // The same person entered twice (name and organisation equal).
      out.push([
        String(++index),
        r.name,
        r.gender,
        r.org,
        r.title,
        side,
        String(r.rank),
        r.level,
        r.fn,
        r.group,
        r.diet,
        r.attend,
        '重复录入',
      ]);
    }
  });
  out.push([]);
  out.push(['注：名单如有变动，请于11月25日前告知市外办礼宾处。']);
  return out;
}

function csv(rows: string[][]): string {
  return rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n';
}

async function xlsx(rows: string[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '杭州市人民政府外事办公室';
  const sheet = wb.addWorksheet('来访人员名单');
  rows.forEach((r, i) => {
    const row = sheet.getRow(i + 1);
    r.forEach((value, c) => {
      // Numbers typed as numbers, as Excel keeps them.
      row.getCell(c + 1).value = (c === 0 || c === 6) && /^\d+$/.test(value) ? Number(value) : value;
    });
  });
  const width = HEADER.length;
  sheet.mergeCells(1, 1, 1, width);
  sheet.mergeCells(2, 1, 2, width);
  sheet.getCell(1, 1).font = { bold: true, size: 16 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  // Section rows are merged across the table, as in the Word original.
  rows.forEach((r, i) => {
    if (i > 3 && r.length === 1 && /^[一二三]、/.test(r[0]!)) sheet.mergeCells(i + 1, 1, i + 1, width);
  });
  sheet.getRow(4).font = { bold: true };
  HEADER.forEach((h, c) => (sheet.getColumn(c + 1).width = [6, 10, 6, 30, 14, 10, 6, 10, 8, 10, 10, 10, 12][c] ?? 10));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const list = people();
mkdirSync(OUT, { recursive: true });
const rows = grid(list);
writeFileSync(join(OUT, 'delegation-120.gbk.csv'), encodeGb18030(csv(rows)));
writeFileSync(join(OUT, 'delegation-120.utf8.csv'), `\ufeff${csv(rows)}`);
writeFileSync(join(OUT, 'delegation-120.xlsx'), await xlsx(rows));
console.log(`wrote ${list.length} people (${rows.length} rows) to ${OUT}`);
