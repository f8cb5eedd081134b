/** Where a seat lies in its item's own frame: forward along the item's rotation, and to its right. */
export function inItemFrame(
  item: { x: number; y: number; rotation: number },
  p: { x: number; y: number },
): { fwd: number; right: number } {
  const a = (item.rotation * Math.PI) / 180;
  const dx = p.x - item.x;
  const dy = p.y - item.y;
  // Screen convention (y down): "right" of direction a is a + 90°.
  return { fwd: dx * Math.cos(a) + dy * Math.sin(a), right: -dx * Math.sin(a) + dy * Math.cos(a) };
}
