/**
 * The review sheet (座次审定稿) printed by Chromium: one A4 page per scene, fonts embedded, each
 * page holding its principals' names and their reasons whole, the signature line, and no engine
 * code anywhere (seat labels, option ids, person ids).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../../electron/services/export-pdf';
import { renderDocument } from '../../../renderer/src/print/views';
import { translate } from '../../../shared/i18n/translate';
import { reviewPages } from '../../../shared/output/review';
import { keep, pdfFonts, pdfPages, pdfText, squash } from './pdf-tools';
import { reviewPlan } from './review-plan';
import { ENGINE_CODE } from '../../helpers/engine-codes';

const plan = reviewPlan();
const printer = chromiumPrinter({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
afterAll(() => printer.close());

describe.each(['zh', 'en'] as const)('review sheet PDF (%s)', (lang) => {
  it('prints one page per scene with the principals and their reasons whole, and no engine code', async () => {
    const file = keep(`review.${lang}.pdf`, await printer.pdf(renderDocument(plan, { view: 'review' }, lang)), 4);
    expect(pdfFonts(file).every((f) => f.embedded)).toBe(true);
    const { count, sizes } = pdfPages(file);
    expect(count).toBe(plan.scenes.length);
    for (const s of sizes) expect([Math.round(s.w), Math.round(s.h)]).toEqual([210, 297]);
    // In drawing order, so a reason wrapped in its cell reads whole; each page ends with a form feed.
    const texts = pdfText(file, '-raw').split('\f').slice(0, count);
    reviewPages(plan, lang).forEach((page, i) => {
      const flat = squash(texts[i]!);
      expect(flat).toContain(squash(page.scene));
      for (const seat of page.seats) {
        expect(flat).toContain(squash(seat.name));
        expect(flat).toContain(squash(seat.reason));
      }
      for (const problem of page.problems) expect(flat).toContain(squash(problem));
      expect(flat).toContain(squash(translate(lang, 'review.signer')));
      expect(texts[i]).not.toMatch(ENGINE_CODE);
    });
  });
});
