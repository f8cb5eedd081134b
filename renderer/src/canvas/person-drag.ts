/**
 * Dragging a person from the people panel onto a seat uses HTML5 drag and drop: the panel row
 * puts the person's id under this type, the canvas accepts drops of it.
 */
export const PERSON_DRAG_TYPE = 'application/x-zuoci-person';

export function startPersonDrag(e: { dataTransfer: DataTransfer | null }, personId: string): void {
  if (!e.dataTransfer) return;
  e.dataTransfer.setData(PERSON_DRAG_TYPE, personId);
  e.dataTransfer.effectAllowed = 'move';
}
