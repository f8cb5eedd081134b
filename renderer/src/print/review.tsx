/**
 * The review sheet (座次审定稿): one A4 page per scene for the leader who signs off — the
 * principal seats with their reasons, the table order and its rule, the car order, the open
 * protocol problems, and a line to sign and date. The data is shared/output/review.ts.
 */
import { translate, type Lang } from '../../../shared/i18n/translate';
import type { Plan } from '../../../shared/model/types';
import { sheetOf } from '../../../shared/output/paper';
import { reviewPages, type ReviewNumbered, type ReviewPage } from '../../../shared/output/review';
import { planMeta } from './chart';

export function ReviewSheets({ plan, lang, title }: { plan: Plan; lang: Lang; title: string }) {
  return (
    <>
      {reviewPages(plan, lang).map((page, i) => (
        <ReviewSheet key={i} plan={plan} page={page} lang={lang} title={title} />
      ))}
    </>
  );
}

function ReviewSheet({ plan, page, lang, title }: { plan: Plan; page: ReviewPage; lang: Lang; title: string }) {
  const sheet = sheetOf('A4', 'portrait');
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  return (
    <section className="sheet list-page review" style={{ width: `${sheet.w}mm`, height: `${sheet.h}mm` }}>
      <div className="list-body" style={{ left: '12mm', top: '12mm', width: `${sheet.w - 24}mm` }}>
        <h1>{`${plan.name} · ${page.scene} · ${title}`}</h1>
        <div className="meta">{planMeta(plan)}</div>
        <h2>{t('review.principal')}</h2>
        {page.seats.length ? (
          <table className="list">
            <thead>
              <tr>
                <th style={{ width: '22mm' }}>{t('review.name')}</th>
                <th style={{ width: '46mm' }}>{t('review.seat')}</th>
                <th>{t('review.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {page.seats.map((s) => (
                <tr key={s.name + s.seat}>
                  <td>
                    <b>{s.name}</b>
                  </td>
                  <td>{s.seat}</td>
                  <td>{s.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="review-rule">{t('print.noSeating')}</p>
        )}
        <Numbered heading={t('review.tables')} rule={page.tableRule} rows={page.tables} more={page.more.tables} lang={lang} />
        <Numbered heading={t('review.cars')} rule={page.carRule} rows={page.cars} more={page.more.cars} lang={lang} />
        <h2>{t('review.problems')}</h2>
        {page.problems.length ? (
          <ol className="review-problems">
            {page.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
            {page.more.problems ? <li>{t('review.more', { n: page.more.problems })}</li> : null}
          </ol>
        ) : (
          <p className="review-rule">{t('review.noProblems')}</p>
        )}
      </div>
      <div className="review-sign" style={{ left: '12mm', width: `${sheet.w - 24}mm` }}>
        <span>{t('review.signer')}</span>
        <span className="review-line" />
        <span>{t('review.date')}</span>
        <span className="review-line" />
      </div>
    </section>
  );
}

/** Tables or cars by number, with the rule their numbers follow; nothing when the scene has none. */
function Numbered(props: { heading: string; rule?: string; rows: ReviewNumbered[]; more: number; lang: Lang }) {
  if (!props.rule) return null;
  return (
    <>
      <h2>{props.heading}</h2>
      <p className="review-rule">{props.rule}</p>
      <table className="list">
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.title}>
              <td style={{ width: '18mm' }}>
                <b>{r.title}</b>
              </td>
              <td>{r.people}</td>
              <td style={{ width: '44mm' }}>{r.why}</td>
            </tr>
          ))}
          {props.more ? (
            <tr>
              <td colSpan={3}>{translate(props.lang, 'review.more', { n: props.more })}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </>
  );
}
