/**
 * The palette: add any venue item kind (added in the middle of the view), or start a new scene
 * from a template (one click, one undo step; the new scene opens).
 */
import { useState } from 'react';
import { newId } from '../../../shared/model/ids';
import { PALETTE, TEMPLATES, paletteItem, type PaletteEntry, type TemplateId } from '../../../shared/templates';
import { addItems, freeSpot } from '../canvas/actions';
import { viewport } from '../canvas/canvas-ui';
import { useT } from '../i18n';
import { useApp, usePlan } from '../state/app-store';

export function Palette() {
  const t = useT();
  const [open, setOpen] = useState<'items' | 'templates' | null>(null);
  const add = (entry: PaletteEntry) => {
    setOpen(null);
    addItems([freeSpot(paletteItem(entry, newId, { x: 0, y: 0 }, t('canvas.newLabel')), viewport.centre)]);
  };
  return (
    <div className="palette">
      <Dropdown label={`＋ ${t('palette.add')}`} open={open === 'items'} onToggle={(o) => setOpen(o ? 'items' : null)}>
        {PALETTE.map((entry) => (
          <button key={entry} role="menuitem" data-entry={entry} onClick={() => add(entry)}>
            {t(`palette.${entry}`)}
          </button>
        ))}
      </Dropdown>
      <Dropdown label={t('palette.templates')} open={open === 'templates'} onToggle={(o) => setOpen(o ? 'templates' : null)}>
        <TemplateList onDone={() => setOpen(null)} />
      </Dropdown>
    </div>
  );
}

function TemplateList({ onDone }: { onDone(): void }) {
  const t = useT();
  const plan = usePlan();
  const dispatch = useApp((s) => s.dispatch);
  const go = useApp((s) => s.go);
  const create = (id: TemplateId) => {
    const template = TEMPLATES.find((x) => x.id === id)!;
    const scene = {
      id: newId('scene'),
      name: t(`template.${id}`),
      kind: template.sceneKind,
      options: {},
      items: template.build(newId),
      assignments: [],
      roles: [],
    };
    dispatch({ type: 'scene/add', scene });
    go({ name: 'editor', planId: plan.id, sceneId: scene.id });
    onDone();
  };
  return (
    <>
      {TEMPLATES.map((tpl) => (
        <button key={tpl.id} role="menuitem" data-template={tpl.id} onClick={() => create(tpl.id)}>
          {t(`template.${tpl.id}`)}
        </button>
      ))}
    </>
  );
}

function Dropdown({
  label,
  open,
  onToggle,
  children,
}: {
  label: string;
  open: boolean;
  onToggle(open: boolean): void;
  children: React.ReactNode;
}) {
  return (
    <div className="dropdown">
      <button aria-expanded={open} aria-haspopup="menu" onClick={() => onToggle(!open)}>
        {label} ▾
      </button>
      {open ? (
        <>
          <div className="dropdown-backdrop" onClick={() => onToggle(false)} />
          <div className="dropdown-menu" role="menu">
            {children}
          </div>
        </>
      ) : null}
    </div>
  );
}
