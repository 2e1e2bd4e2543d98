import type { MissedCall } from '../../api/portal.ts';
import { Link } from '../../app/router.tsx';
import { browserZone, clockIn, dayIn } from '../../ui/zoned-time.ts';
import { missedCallWords } from './missed-call-words.ts';

/** A call from the clinic that did not happen, and the way to ask for an appointment instead. */
export const MissedCallItem = ({ call, requested }: { call: MissedCall; requested: boolean }) => {
  const at = new Date(call.at);
  const zone = browserZone();
  return (
    <li className="portal-item" data-testid="missed-call" data-reason={call.reason}>
      <span className="badge badge--missed">{missedCallWords[call.reason]}</span>
      <p className="portal-item__when">
        {call.clinicianName} called you on{' '}
        <time dateTime={call.at}>{`${dayIn(at, zone)} at ${clockIn(at, zone)}`}</time>
      </p>
      {requested ? (
        <p className="muted">You asked for an appointment: your clinic will propose a time.</p>
      ) : (
        <Link
          className="button button--primary button--block"
          href={`/portal/book?missedCall=${encodeURIComponent(call.id)}`}
        >
          Book an appointment
        </Link>
      )}
    </li>
  );
};
