/**
 * The print views' stylesheet, one text for every consumer: embedded in the documents the host
 * prints to PDF, and adopted by the in-app preview (a constructed stylesheet, allowed by the
 * app's Content Security Policy where a <style> element is not). Sizes in mm.
 *
 * Every sheet is \`contain: strict\` (each has its width and height set): Chromium prints page by
 * page, and without containment every positioned box of the whole document (a card's faces, its
 * cut marks) belongs to the root's paint list, which is walked again for each page — 1,000 place
 * cards spent most of their print time there. A contained sheet is one entry, laid out and
 * painted on its own. It clips as overflow: hidden already did.
 */
export const PRINT_CSS = `
.print-doc { margin: 0; padding: 0; color: #000; background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.print-doc .sheet { position: relative; overflow: hidden; background: #fff; break-after: page; page-break-after: always; box-sizing: border-box; contain: strict; }
.print-doc .sheet:last-child { break-after: auto; page-break-after: auto; }
.print-doc .sheet-offset { position: absolute; inset: 0; }

.pc-card { position: absolute; box-sizing: border-box; }
.pc-face { position: absolute; left: 0; box-sizing: border-box; display: flex; flex-direction: column; align-items: center; justify-content: center; overflow: hidden; }
.pc-name { line-height: 1.15; white-space: nowrap; flex: 1 1 auto; display: flex; align-items: center; justify-content: center; }
.pc-sub { line-height: 1.2; white-space: nowrap; display: flex; align-items: flex-end; justify-content: center; flex: 0 0 auto; }
.pc-latin { line-height: 1.2; white-space: nowrap; display: flex; align-items: flex-start; justify-content: center; flex: 0 0 auto; }
.pc-fold-line { position: absolute; left: 0; right: 0; border-top: 0.2mm dotted #999; }
.pc-marks { position: absolute; left: 0; top: 0; overflow: visible; }
.pc-marks path { fill: none; stroke: #000; }
.pc-marks .pc-fold-tick { stroke-dasharray: 0.6 0.5; }
.cal-line, .cal-tick { position: absolute; }
.cal-line.h, .cal-tick.h { border-top: 0.2mm solid #000; }
.cal-line.v, .cal-tick.v { border-left: 0.2mm solid #000; }
.cal-text { position: absolute; font-family: "Noto Sans SC", sans-serif; font-size: 4mm; line-height: 1.5; }
.cal-text h1 { font-size: 6mm; margin: 0 0 4mm; }
.cal-text p { margin: 0 0 2mm; }

.chart { font-family: "Noto Sans SC", "Microsoft YaHei", sans-serif; }
.chart-frame { position: absolute; display: flex; flex-direction: column; }
.chart-head { display: flex; align-items: baseline; gap: 4mm; border-bottom: 0.3mm solid #000; padding-bottom: 1.5mm; margin-bottom: 2mm; }
.chart-head h1 { font-size: 6mm; margin: 0; font-weight: 700; }
.chart-head .meta { font-size: 3.2mm; color: #333; }
.chart-head .right { margin-left: auto; font-size: 3.2mm; }
.chart-svg { display: block; }
.chart-foot { display: flex; gap: 6mm; align-items: center; font-size: 3mm; margin-top: 2mm; flex-wrap: wrap; }
.legend-key { display: inline-block; width: 4mm; height: 3mm; border: 0.25mm solid #000; vertical-align: middle; margin-right: 1mm; }
.legend-key.main { background: #fde2a0; }
.legend-key.host { background: #dbe8f6; }
.legend-key.guest { background: #f8d9d9; }
.legend-key.staff { background: #e4e4e4; }
.legend-key.door { background: #000; height: 1mm; }

.list-page { font-family: "Noto Sans SC", "Microsoft YaHei", sans-serif; }
.list-body { position: absolute; }
.list-body h1 { font-size: 6mm; margin: 0 0 1mm; }
.list-body .meta { font-size: 3.2mm; color: #333; margin-bottom: 3mm; }
.list-block { break-inside: avoid; border: 0.3mm solid #000; overflow: hidden; }
.list-block h2 { font-size: 4mm; line-height: 4.6mm; margin: 0; padding: 1.2mm 2mm; border-bottom: 0.3mm solid #000; background: #eee; display: flex; justify-content: space-between; }
.list-block.main h2 { background: #fde2a0; }
.list-row { display: flex; align-items: center; border-top: 0.15mm solid #999; box-sizing: border-box; font-size: 3.1mm; line-height: 3.9mm; white-space: nowrap; }
.list-row > span { padding: 0 1.2mm; box-sizing: border-box; min-width: 0; }
.list-row .seat { color: #555; }
.list-row .role { color: #7a4b00; }
.list-caption { font-size: 3.4mm; line-height: 6mm; font-weight: 700; padding: 0 2mm; border-top: 0.3mm solid #000; box-sizing: border-box; }
.list-head .list-row { background: #eee; font-weight: 700; }
.list-head .list-row .seat { color: inherit; }
.unit-head h2 { font-size: 4mm; line-height: 4.6mm; margin: 0; padding: 1.2mm 2mm; border: 0.3mm solid #000; background: #eee; box-sizing: border-box; white-space: nowrap; }
.empty-seat { color: #aaa; }
.summary .list-row .name { font-weight: 700; }
.kitchen-row { align-items: flex-start; padding-top: 0.5mm; }
.kitchen-row > span.words { white-space: normal; overflow: visible; overflow-wrap: anywhere; }
.kitchen-columns { color: #555; background: #f7f7f7; }
.entrance-index .index-title { font-size: 8mm; }
.index-heading { position: absolute; box-sizing: border-box; line-height: 1.15; font-weight: 700; padding: 2mm 1mm 0.8mm; border-bottom: 0.4mm solid #000; white-space: nowrap; }
.index-entry { position: absolute; box-sizing: border-box; display: flex; justify-content: space-between; align-items: baseline; padding: 1.4mm 1mm 0; line-height: 1.15; border-bottom: 0.15mm solid #bbb; white-space: nowrap; }
.index-entry.wrapped { flex-direction: column; align-items: stretch; }
.index-entry.wrapped .index-place { align-self: flex-end; }
.index-name { font-weight: 700; display: flex; flex-direction: column; }
.index-place { font-weight: 700; color: #222; }
.summary h2 { font-size: 4.5mm; margin: 4mm 0 1.5mm; }
.summary td:first-child { white-space: nowrap; }
.review h2 { font-size: 4.5mm; margin: 3mm 0 1.5mm; }
.review .review-rule { font-size: 3.2mm; line-height: 1.4; margin: 0 0 1.5mm; }
.review-problems { font-size: 3.3mm; line-height: 1.4; margin: 0; padding-left: 5mm; }
.review-sign { position: absolute; bottom: 14mm; display: flex; align-items: baseline; gap: 2mm; font-size: 4mm; }
.review-line { flex: 1 1 auto; border-bottom: 0.3mm solid #000; height: 5mm; }

.slip-page { font-family: "Noto Sans SC", "Microsoft YaHei", sans-serif; }
.slip-cell { position: absolute; }
.slip { box-sizing: border-box; display: flex; flex-direction: column; gap: 1.6mm; }
.slip-head { display: flex; justify-content: space-between; align-items: baseline; gap: 3mm; font-size: 3.2mm; color: #333; border-bottom: 0.3mm solid #000; padding-bottom: 1mm; }
.slip-title { font-weight: 700; white-space: nowrap; }
.slip-name { font-weight: 700; line-height: 1.15; white-space: nowrap; }
.slip-unit { font-size: 3.4mm; line-height: 1.3; color: #222; }
.slip-seat { display: flex; align-items: baseline; gap: 2.5mm; font-weight: 700; }
.slip-label { font-size: 3.2mm; font-weight: 400; color: #555; white-space: nowrap; }
.slip-area { font-size: 3.2mm; color: #333; margin-top: auto; }
.slip-entrance { display: flex; align-items: baseline; gap: 2.5mm; font-size: 3.6mm; }
.slip-cuts { position: absolute; left: 0; top: 0; stroke: #888; stroke-width: 0.2; stroke-dasharray: 1.2 0.8; }
`;
