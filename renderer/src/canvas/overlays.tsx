/** HTML overlays on the canvas: tooltip, scale bar, help, context menu, notice. */
import { useApp } from '../state/app-store';
import { useT } from '../i18n';
import * as act from './actions';
import { useCanvasUi, type Menu } from './canvas-ui';
import { hasClipboard } from './clipboard';
import { POINTER_HELP, SHORTCUTS, type ViewControls } from './shortcuts';
import { scaleBarLength } from './view';

export function Tooltip() {
  const hover = useCanvasUi((s) => s.hover);
  if (!hover) return null;
  return (
    <div className="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }} role="tooltip">
      {hover.lines.map((l, i) => (
        <div key={i} className={i === 0 ? 'tooltip-title' : undefined}>
          {l}
        </div>
      ))}
    </div>
  );
}

/** Why the last action did nothing (a refused paste); closes on click. */
export function CanvasNotice() {
  const t = useT();
  const notice = useCanvasUi((s) => s.notice);
  const setNotice = useCanvasUi((s) => s.setNotice);
  if (!notice) return null;
  return (
    <div className="canvas-notice" role="alert" onClick={() => setNotice(null)}>
      {t(notice.key, notice.params)}
    </div>
  );
}

export function ScaleBar({ scale }: { scale: number }) {
  const t = useT();
  const metres = scaleBarLength(scale);
  return (
    <div className="scale-bar" aria-label={t('canvas.scaleBar')} data-metres={metres}>
      <div className="scale-bar-line" style={{ width: metres * scale }} />
      <span>{t('canvas.metres', { n: metres })}</span>
    </div>
  );
}

export function HelpOverlay() {
  const t = useT();
  const open = useCanvasUi((s) => s.help);
  const setHelp = useCanvasUi((s) => s.setHelp);
  if (!open) return null;
  return (
    <div className="help-overlay" role="dialog" aria-label={t('keys.title')} onClick={() => setHelp(false)}>
      <div className="help-card" onClick={(e) => e.stopPropagation()}>
        <h3>{t('keys.title')}</h3>
        <table>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.help}>
                <td>
                  <kbd>{s.keys}</kbd>
                </td>
                <td>{t(s.help)}</td>
              </tr>
            ))}
            {POINTER_HELP.map((s) => (
              <tr key={s.help}>
                <td>
                  <kbd>{t(s.keys)}</kbd>
                </td>
                <td>{t(s.help)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button onClick={() => setHelp(false)}>{t('common.close')}</button>
      </div>
    </div>
  );
}

interface Entry {
  label: string;
  run(): void;
  danger?: boolean;
}

export function ContextMenu({ view }: { view: ViewControls }) {
  const t = useT();
  const menu = useCanvasUi((s) => s.menu);
  const setMenu = useCanvasUi((s) => s.setMenu);
  const selection = useApp((s) => s.selection);
  if (!menu) return null;
  const groups = entries(menu, selection.length, t, view);
  return (
    <div className="context-backdrop" onMouseDown={() => setMenu(null)} onContextMenu={(e) => e.preventDefault()}>
      <ul className="context-menu" role="menu" style={{ left: menu.x, top: menu.y }} onMouseDown={(e) => e.stopPropagation()}>
        {groups.map((group, gi) =>
          group.map((entry, i) => (
            <li key={`${gi}-${i}`} className={i === 0 && gi > 0 ? 'separated' : undefined}>
              <button
                role="menuitem"
                className={entry.danger ? 'danger' : undefined}
                onClick={() => {
                  setMenu(null);
                  entry.run();
                }}
              >
                {entry.label}
              </button>
            </li>
          )),
        )}
      </ul>
    </div>
  );
}

function entries(menu: Menu, selected: number, t: ReturnType<typeof useT>, view: ViewControls): Entry[][] {
  const target = menu.target;
  if (target.kind === 'canvas') {
    return [
      hasClipboard() ? [{ label: t('menu.pasteHere'), run: () => act.paste(target.world) }] : [],
      [
        { label: t('menu.selectAll'), run: act.selectAll },
        { label: t('menu.zoomFit'), run: view.zoomToFit },
        { label: t('menu.autoPlaceAll'), run: () => act.autoPlace() },
        { label: t('keys.title'), run: () => useCanvasUi.getState().setHelp(true) },
      ],
    ].filter((g) => g.length > 0);
  }
  const out: Entry[][] = [];
  if (target.kind === 'seat' && target.personId) {
    const personId = target.personId;
    const locked = act.currentScene()?.scene.assignments.find((a) => a.personId === personId)?.locked ?? false;
    out.push([
      locked
        ? { label: t('menu.unlockSeat'), run: () => act.setLocked([personId], false) }
        : { label: t('menu.lockSeat'), run: () => act.setLocked([personId], true) },
      { label: t('menu.unseat'), run: () => act.unseat([personId]) },
    ]);
  }
  out.push([
    { label: t('menu.autoPlaceSelection'), run: () => act.autoPlace(act.selectedIds()) },
    { label: t('menu.lockAll'), run: () => lockAllOnSelection(true) },
    { label: t('menu.unlockAll'), run: () => lockAllOnSelection(false) },
  ]);
  out.push([
    { label: t('menu.duplicate'), run: act.duplicateSelected },
    { label: t('menu.copy'), run: act.copySelected },
    { label: t('menu.cut'), run: act.cutSelected },
    ...(hasClipboard() ? [{ label: t('menu.paste'), run: () => act.paste() }] : []),
  ]);
  out.push([
    { label: t('menu.rotateRight'), run: () => act.rotateSelected(90) },
    { label: t('menu.rotateLeft'), run: () => act.rotateSelected(-90) },
    { label: t('menu.front'), run: () => act.reorderSelected('front') },
    { label: t('menu.forward'), run: () => act.reorderSelected('forward') },
    { label: t('menu.backward'), run: () => act.reorderSelected('backward') },
    { label: t('menu.back'), run: () => act.reorderSelected('back') },
  ]);
  if (selected >= 2) {
    out.push([
      { label: t('align.left'), run: () => act.alignSelected('left') },
      { label: t('align.hcenter'), run: () => act.alignSelected('hcenter') },
      { label: t('align.right'), run: () => act.alignSelected('right') },
      { label: t('align.top'), run: () => act.alignSelected('top') },
      { label: t('align.vcenter'), run: () => act.alignSelected('vcenter') },
      { label: t('align.bottom'), run: () => act.alignSelected('bottom') },
      ...(selected >= 3
        ? [
            { label: t('align.distributeH'), run: () => act.distributeSelected('horizontal') },
            { label: t('align.distributeV'), run: () => act.distributeSelected('vertical') },
          ]
        : []),
    ]);
  }
  out.push([
    { label: t('menu.zoomSelection'), run: view.zoomToSelection },
    { label: t('menu.delete'), run: act.removeSelected, danger: true },
  ]);
  return out;
}

function lockAllOnSelection(locked: boolean): void {
  const cur = act.currentScene();
  if (!cur) return;
  const ids = new Set(act.selectedIds());
  act.setLocked(
    cur.scene.assignments.filter((a) => ids.has(a.itemId) && a.locked !== locked).map((a) => a.personId),
    locked,
  );
}

export function ZoomButtons({ controls }: { controls: ViewControls }) {
  const t = useT();
  return (
    <div className="zoom-buttons">
      <button title={t('hud.zoomIn')} aria-label={t('hud.zoomIn')} onClick={() => controls.zoomBy(1.25)}>
        +
      </button>
      <button title={t('hud.zoomOut')} aria-label={t('hud.zoomOut')} onClick={() => controls.zoomBy(0.8)}>
        −
      </button>
      <button title={t('hud.fit')} aria-label={t('hud.fit')} onClick={controls.zoomToFit}>
        ⤢
      </button>
      <button title={t('hud.selection')} aria-label={t('hud.selection')} onClick={controls.zoomToSelection}>
        ◎
      </button>
    </div>
  );
}
