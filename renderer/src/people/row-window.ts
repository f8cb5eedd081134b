/**
 * Which rows of a long table to put in the DOM: the ones in the scroll box's view plus an
 * overscan either side. A plan of 3,000 people rendered whole cost seconds of style and layout
 * on opening; the window keeps that to a few dozen rows whatever the list's length.
 * Rows are one line each (cells do not wrap), so every row has the height of the first one.
 */
import { useCallback, useEffect, useState } from 'react';

/** Lists this short are rendered whole: cheap, and the browser's find-in-page sees every row. */
export const WHOLE_LIST_LIMIT = 150;
const OVERSCAN = 12;
/** Before the first row is measured: a 13px CJK line with padding and a border. */
const ESTIMATED_ROW_HEIGHT = 30;

export interface RowWindow {
  /** To be the scroll box's ref callback; `box` is the box it was given. */
  attach(box: HTMLElement | null): void;
  box: HTMLElement | null;
  /** Index of the first row rendered. */
  start: number;
  /** One past the last row rendered. */
  end: number;
  rowHeight: number;
  /** Scrolls so that row `index` is in view (rendering it), when it is not already. */
  reveal(index: number): void;
}

interface Metrics {
  scrollTop: number;
  viewHeight: number;
  rowHeight: number;
  headHeight: number;
}

export function useRowWindow(count: number): RowWindow {
  const [box, setBox] = useState<HTMLElement | null>(null);
  // Until the box is measured: half the window, which with the overscan below already fills the
  // list's box beside the canvas; every row more would only be laid out while a plan opens.
  const [m, setMetrics] = useState<Metrics>(() => ({
    scrollTop: 0,
    viewHeight: window.innerHeight / 2,
    rowHeight: ESTIMATED_ROW_HEIGHT,
    headHeight: 0,
  }));

  useEffect(() => {
    if (!box) return;
    // Read after layout: scrolling, the box resizing, or the table changing height (rows drawn,
    // language or fonts changed) — a real row and the sticky header give the heights.
    const measure = () => {
      const row = box.querySelector<HTMLElement>('tbody tr[data-id]');
      const head = box.querySelector<HTMLElement>('thead');
      setMetrics((old) => {
        const next = {
          scrollTop: box.scrollTop,
          viewHeight: box.clientHeight,
          rowHeight: row && row.offsetHeight > 0 ? row.offsetHeight : old.rowHeight,
          headHeight: head?.offsetHeight ?? 0,
        };
        const same = (Object.keys(next) as (keyof Metrics)[]).every((k) => next[k] === old[k]);
        return same ? old : next;
      });
    };
    let frame = 0;
    const onScroll = () => {
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0;
          measure();
        });
    };
    const resize = new ResizeObserver(measure);
    resize.observe(box);
    const table = box.querySelector('table');
    if (table) resize.observe(table);
    box.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      box.removeEventListener('scroll', onScroll);
      resize.disconnect();
    };
  }, [box]);

  const reveal = useCallback(
    (index: number) => {
      if (!box) return;
      const top = index * m.rowHeight;
      const visible = box.clientHeight - m.headHeight;
      if (top < box.scrollTop) box.scrollTo({ top });
      else if (top + m.rowHeight > box.scrollTop + visible) box.scrollTo({ top: top + m.rowHeight - visible });
    },
    [box, m.rowHeight, m.headHeight],
  );

  if (count <= WHOLE_LIST_LIMIT) return { attach: setBox, box, start: 0, end: count, rowHeight: m.rowHeight, reveal };
  const first = Math.floor(m.scrollTop / m.rowHeight);
  const shown = Math.ceil(m.viewHeight / m.rowHeight);
  const start = Math.max(0, Math.min(count, first) - OVERSCAN);
  const end = Math.min(count, first + shown + OVERSCAN);
  return { attach: setBox, box, start, end, rowHeight: m.rowHeight, reveal };
}
