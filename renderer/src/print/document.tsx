/**
 * Turns a print view into a complete HTML document for a Chromium-based printer (Electron's
 * printToPDF, or Chromium through playwright-core): @page sized in mm, the view's CSS, and the
 * bundled fonts linked relative to the document (the printer serves `fonts/`).
 */
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { fontStylesheets, type FaceId } from '../../../shared/output/fonts';
import { PRINT_CSS } from './styles';

export interface RenderedView {
  title: string;
  /** Page size in mm; every page of a view has the same size. */
  page: { w: number; h: number };
  faces: FaceId[];
  element: ReactElement;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function pageCss(page: { w: number; h: number }): string {
  return `@page { size: ${page.w}mm ${page.h}mm; margin: 0; }`;
}

export function printDocument(view: RenderedView): string {
  const links = fontStylesheets(view.faces)
    .map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`)
    .join('');
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(view.title)}</title>${links}` +
    `<style>${pageCss(view.page)} html, body { margin: 0; padding: 0; } ${PRINT_CSS}</style></head>` +
    `<body class="print-doc">${renderToStaticMarkup(view.element)}</body></html>`
  );
}

/** The first <svg> of a view (a chart draws each page as one): the picture alone, as an .svg file. */
export function standaloneSvg(view: RenderedView): string {
  const html = renderToStaticMarkup(view.element);
  const start = html.indexOf('<svg');
  const end = html.indexOf('</svg>', start);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${html.slice(start, end + '</svg>'.length)}\n`;
}
