/**
 * The venue canvas (react-konva). The stage is scaled so that one unit is one metre; items
 * are drawn where the document says, seats where the engine's geometry says. A drag is one
 * gesture: the document changes once, on drop.
 */
import type Konva from 'konva';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Arrow, Circle, Group, Layer, Line, Rect, Stage, Text } from 'react-konva';
import { seatGeometry, type Reason } from '../../../shared/engine';
import type { Person, Scene, VenueItem } from '../../../shared/model/types';
import { useT } from '../i18n';
import { useApp, usePlan } from '../state/app-store';
import { fitView, type View } from './view';

const SIDE_COLOUR: Record<Person['side'], string> = { guest: '#b3261e', host: '#1d4f91', staff: '#5f6368' };
const SEAT_RADIUS = 0.3;

interface Hover {
  x: number;
  y: number;
  text: string;
}

export function VenueCanvas({ scene, reasons }: { scene: Scene; reasons: Record<string, Reason> }) {
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 800, height: 600 });
  // The user's pan and zoom, kept per scene; a scene opened fresh is framed to fit.
  const [panned, setPanned] = useState<{ sceneId: string; view: View } | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const select = useApp((s) => s.select);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const shown = panned?.sceneId === scene.id ? panned.view : fitView(scene.items, size);
  const setView = (view: View) => setPanned({ sceneId: scene.id, view });

  const onWheel = (e: Konva.KonvaEventObject<WheelEvent>) => {
    e.evt.preventDefault();
    const pointer = e.target.getStage()?.getPointerPosition();
    if (!pointer) return;
    const factor = e.evt.deltaY < 0 ? 1.1 : 1 / 1.1;
    const scale = Math.min(400, Math.max(5, shown.scale * factor));
    const world = { x: (pointer.x - shown.x) / shown.scale, y: (pointer.y - shown.y) / shown.scale };
    setView({ scale, x: pointer.x - world.x * scale, y: pointer.y - world.y * scale });
  };

  return (
    <div className="canvas-box" ref={box} data-testid="venue-canvas">
      <Stage
        width={size.width}
        height={size.height}
        scaleX={shown.scale}
        scaleY={shown.scale}
        x={shown.x}
        y={shown.y}
        draggable
        onWheel={onWheel}
        onDragEnd={(e) => {
          if (e.target === e.target.getStage()) setView({ ...shown, x: e.target.x(), y: e.target.y() });
        }}
        onMouseDown={(e) => {
          if (e.target === e.target.getStage()) select([]);
        }}
      >
        <Layer>
          {scene.items.map((item) => (
            <ItemShape key={item.id} item={item} scene={scene} reasons={reasons} onHover={setHover} />
          ))}
        </Layer>
      </Stage>
      {hover ? (
        <div className="tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }} role="tooltip">
          {hover.text}
        </div>
      ) : null}
    </div>
  );
}

interface ItemProps {
  item: VenueItem;
  scene: Scene;
  reasons: Record<string, Reason>;
  onHover(hover: Hover | null): void;
}

function ItemShape({ item, scene, reasons, onHover }: ItemProps) {
  const t = useT();
  const dispatch = useApp((s) => s.dispatch);
  const selected = useApp((s) => s.selection.includes(item.id));
  const select = useApp((s) => s.select);
  const common = {
    x: item.x,
    y: item.y,
    draggable: true,
    onMouseDown: (e: Konva.KonvaEventObject<MouseEvent>) => {
      e.cancelBubble = true;
      select([item.id]);
    },
    onDragEnd: (e: Konva.KonvaEventObject<DragEvent>) => {
      e.cancelBubble = true;
      const x = round(e.target.x());
      const y = round(e.target.y());
      if (x !== item.x || y !== item.y) {
        dispatch({ type: 'item/update', sceneId: scene.id, gesture: 'move', changes: [{ id: item.id, patch: { x, y } }] });
      }
    },
  };
  const highlight = selected ? '#e8a33d' : '#8a7350';

  if (item.kind === 'door') {
    const rad = (item.rotation * Math.PI) / 180;
    const dx = Math.cos(rad);
    const dy = Math.sin(rad);
    return (
      <Group {...common} name="door">
        <Line
          points={[-dy * item.width * 0.5, dx * item.width * 0.5, dy * item.width * 0.5, -dx * item.width * 0.5]}
          stroke={highlight}
          strokeWidth={0.12}
        />
        <Arrow
          points={[0, 0, dx * 1.1, dy * 1.1]}
          stroke={highlight}
          fill={highlight}
          strokeWidth={0.06}
          pointerLength={0.25}
          pointerWidth={0.25}
        />
        <Text
          text={t('canvas.door')}
          x={-dx * 0.6 - 0.3}
          y={-dy * 0.6 - 0.15}
          fontSize={0.3}
          fill="#5a4a32"
          width={0.6}
          align="center"
        />
      </Group>
    );
  }

  if (item.kind === 'round-table') {
    return (
      <Group {...common} name="round-table" id={item.id}>
        <Circle radius={item.diameter / 2} fill="#fffaf0" stroke={highlight} strokeWidth={selected ? 0.08 : 0.04} />
        <Text
          text={item.number ? t('table.number', { n: item.number }) : t('table.unnumbered')}
          fontSize={0.28}
          fontStyle="bold"
          width={item.diameter}
          x={-item.diameter / 2}
          y={-0.14}
          align="center"
          fill="#5a4a32"
        />
        <Seats item={item} scene={scene} reasons={reasons} onHover={onHover} />
      </Group>
    );
  }

  return (
    <Group {...common} rotation={item.rotation} name={item.kind}>
      <Rect x={-0.8} y={-0.5} width={1.6} height={1} stroke={highlight} strokeWidth={0.04} dash={[0.1, 0.08]} />
      <Text text={t(`kind.${item.kind}`)} fontSize={0.25} width={1.6} x={-0.8} y={-0.12} align="center" fill="#5a4a32" />
    </Group>
  );
}

/** Seats around an item, drawn relative to the item's own position (the group moves them). */
function Seats({ item, scene, reasons, onHover }: ItemProps) {
  const plan = usePlan();
  const lang = useApp((s) => s.lang);
  const people = useMemo(() => new Map(plan.people.map((p) => [p.id, p])), [plan.people]);
  const seats = useMemo(() => seatGeometry(item, scene), [item, scene]);
  const occupants = new Map(scene.assignments.filter((a) => a.itemId === item.id).map((a) => [a.seat, a]));
  return (
    <>
      {seats.map((seat) => {
        const assignment = occupants.get(seat.label);
        const person = assignment ? people.get(assignment.personId) : undefined;
        const colour = person ? SIDE_COLOUR[person.side] : '#c9bda5';
        const reason = person ? reasons[person.id] : undefined;
        const sx = seat.x - item.x;
        const sy = seat.y - item.y;
        return (
          <Group
            key={seat.label}
            x={sx}
            y={sy}
            onMouseEnter={(e) => {
              const p = e.target.getStage()?.getPointerPosition();
              if (p)
                onHover({
                  x: p.x,
                  y: p.y,
                  text: [seat.label, person?.name, reason ? reason[lang] : ''].filter(Boolean).join(' · '),
                });
            }}
            onMouseLeave={() => onHover(null)}
          >
            <Circle radius={SEAT_RADIUS} fill={person ? '#fff' : '#f4efe4'} stroke={colour} strokeWidth={person ? 0.05 : 0.025} />
            <Text
              text={person ? shortName(person.name) : seat.label}
              fontSize={person ? 0.19 : 0.15}
              width={SEAT_RADIUS * 2}
              x={-SEAT_RADIUS}
              y={person ? -0.095 : -0.075}
              align="center"
              fill={person ? colour : '#8a7f6a'}
              wrap="none"
            />
            {assignment?.locked ? <Text text="🔒" fontSize={0.16} x={0.12} y={-0.34} /> : null}
          </Group>
        );
      })}
    </>
  );
}

/** Chinese names fit whole up to four characters; longer names keep their start. */
function shortName(name: string): string {
  return [...name].length <= 4 ? name : `${[...name].slice(0, 3).join('')}…`;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
