import type { Dependencies } from '#ports';
import { complete } from '../appointment/changes.ts';
import type { ConsultationRecord } from '../consultation/record.ts';
import { moveCall } from '../direct-call/changes.ts';
import { announceAppointment, announceDirectCall } from './announce.ts';

/**
 * A consultation ended: the appointment it held shows the outcome (completed or unsuccessful),
 * and the direct call it carried is over. Each only if still in the state that allows it.
 */
export const afterConsultationEnded = async (deps: Pick<Dependencies, 'store' | 'clock' | 'events'>, record: ConsultationRecord) => {
  if (record.appointmentId) {
    const appointment = await deps.store.appointments.get(record.appointmentId);
    if (appointment?.status === 'scheduled' && appointment.consultationId === record.id) {
      const completed = await deps.store.appointments.update(appointment.id, (a) => complete(a, record.id, record.outcome, deps.clock.now()));
      if (completed.status === 'completed') await announceAppointment(deps, completed);
    }
  }
  if (record.directCallId) {
    const call = await deps.store.directCalls.get(record.directCallId);
    if (call?.status === 'accepted') {
      const ended = await deps.store.directCalls.update(call.id, (c) => (c.status === 'accepted' ? moveCall(c, 'end', deps.clock.now()) : c));
      await announceDirectCall(deps, ended);
    }
  }
};
