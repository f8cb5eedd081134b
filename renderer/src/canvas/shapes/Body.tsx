/** The body of any item kind, drawn in its own frame (see item-frame.ts). */
import type { VenueItem } from '../../../../shared/model/types';
import { RoundTableBody, LongTableBody, TalksTableBody, ConferenceTableBody } from './tables';
import { RostrumBody, SeatBlockBody, ReceptionBody, DoorBody, StageBody, WallBody, LabelBody } from './rooms';
import { CarBody, ElevatorBody } from './vehicles';
import type { BodyProps } from './types';

export function Body(props: BodyProps) {
  const item: VenueItem = props.item;
  const p = <K extends VenueItem['kind']>(it: Extract<VenueItem, { kind: K }>): BodyProps<K> => ({ ...props, item: it });
  switch (item.kind) {
    case 'round-table':
      return <RoundTableBody {...p(item)} />;
    case 'long-table':
      return <LongTableBody {...p(item)} />;
    case 'talks-table':
      return <TalksTableBody {...p(item)} />;
    case 'conference-table':
      return <ConferenceTableBody {...p(item)} />;
    case 'rostrum':
      return <RostrumBody {...p(item)} />;
    case 'seat-block':
      return <SeatBlockBody {...p(item)} />;
    case 'reception':
      return <ReceptionBody {...p(item)} />;
    case 'door':
      return <DoorBody {...p(item)} />;
    case 'stage':
      return <StageBody {...p(item)} />;
    case 'wall':
      return <WallBody {...p(item)} />;
    case 'label':
      return <LabelBody {...p(item)} />;
    case 'car':
      return <CarBody {...p(item)} />;
    case 'elevator':
      return <ElevatorBody {...p(item)} />;
  }
}
