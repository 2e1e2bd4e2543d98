import type { Consultation } from '@clinicall/shared';
import { BreakoutPanel } from './BreakoutPanel.tsx';
import { GroupWaitingList } from './GroupWaitingList.tsx';
import { ownStaffId } from './own-staff-id.ts';
import { RaisedHands } from './RaisedHands.tsx';
import { SessionEnd } from './SessionEnd.tsx';
import './groups.css';

interface GroupCallToolsProps {
  readonly consultation: Consultation;
  readonly token: string;
  readonly onHandedOver: () => void;
}

/** The moderator's tools in a group session's call: waiting list, raised hands, breakout rooms, the end. */
export const GroupCallTools = ({ consultation, token, onHandedOver }: GroupCallToolsProps) => {
  const me = ownStaffId(token);
  const selfId = consultation.participants.find((p) => p.staffId !== undefined && p.staffId === me)?.id;
  return (
    <div className="group-tools" data-testid="group-tools">
      <GroupWaitingList consultation={consultation} token={token} />
      <RaisedHands consultation={consultation} />
      <BreakoutPanel consultation={consultation} token={token} selfId={selfId} />
      <SessionEnd
        consultation={consultation}
        token={token}
        isHost={me === consultation.hostId}
        onHandedOver={onHandedOver}
      />
    </div>
  );
};
