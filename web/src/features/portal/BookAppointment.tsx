import { type FormEvent, useId, useState } from 'react';
import { type AppointmentRequest, requestAppointment } from '../../api/portal.ts';
import { ApiError } from '../../api/request.ts';
import { Link } from '../../app/router.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { Field } from '../../ui/Field.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { type BookingChoice, bookingRequest, localToday } from './booking.ts';

interface BookAppointmentProps {
  readonly session: string;
  /** The missed call this request answers, if it came from one. */
  readonly missedCallId?: string | undefined;
  readonly onSent: () => void;
}

const partsOfDay = [
  { value: 'morning', label: 'Morning' },
  { value: 'afternoon', label: 'Afternoon' },
  { value: 'any', label: 'Any time' },
] as const;

type Problems = Partial<Record<'from' | 'to' | 'note' | 'form', string>>;

const formatDay = (isoDate: string) =>
  new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });

/** Book Appointment: the days that suit, morning or afternoon, and a note; the care team proposes a time. */
export const BookAppointment = ({ session, missedCallId, onSent }: BookAppointmentProps) => {
  useDocumentTitle('Book an appointment');
  const id = useId();
  const today = localToday();
  const [choice, setChoice] = useState<BookingChoice>({ from: today, to: '', partOfDay: 'any', note: '' });
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<AppointmentRequest>();
  const update = (changes: Partial<BookingChoice>) => setChoice((previous) => ({ ...previous, ...changes }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = bookingRequest(choice, today, missedCallId);
    if (!answer.ok) return setProblems({ [answer.field]: answer.problem });
    setProblems({});
    setBusy(true);
    try {
      setSent(await requestAppointment(session, answer.body));
      onSent();
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.fields.length > 0) {
        setProblems(
          Object.fromEntries(
            error.fields.map((f) => [['from', 'to', 'note'].includes(f.field) ? f.field : 'form', f.message]),
          ),
        );
      } else
        setProblems({
          form: error instanceof ApiError ? error.message : 'Your request could not be sent. Try again.',
        });
    }
  };

  if (sent) {
    return (
      <section className="patient-card" aria-labelledby={`${id}-sent`}>
        <h1 id={`${id}-sent`}>Request sent</h1>
        <p role="status">
          Your clinic will propose a time between {formatDay(sent.from)} and {formatDay(sent.to)}
          {sent.partOfDay === 'any' ? '' : ` in the ${sent.partOfDay}`}. You will find it on your to-do list,
          and we will send you a message.
        </p>
        <Link className="button button--primary button--block" href="/portal">
          Back to your appointments
        </Link>
      </section>
    );
  }

  return (
    <form
      className="patient-card"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h1 id={`${id}-title`}>Book an appointment</h1>
      <p>Tell your clinic which days suit you. They will propose a time for you to accept.</p>
      {problems.form && (
        <p className="field__error" role="alert">
          {problems.form}
        </p>
      )}
      <Field
        label="From"
        type="date"
        min={today}
        value={choice.from}
        error={problems.from}
        onChange={(event) => update({ from: event.target.value })}
      />
      <Field
        label="To"
        type="date"
        min={choice.from || today}
        value={choice.to}
        error={problems.to}
        onChange={(event) => update({ to: event.target.value })}
      />
      <fieldset className="choices">
        <legend>What time of day?</legend>
        {partsOfDay.map((part) => (
          <Choice
            key={part.value}
            name="part-of-day"
            value={part.value}
            label={part.label}
            checked={choice.partOfDay === part.value}
            onChange={() => update({ partOfDay: part.value })}
          />
        ))}
      </fieldset>
      <div className={problems.note ? 'field field--error' : 'field'}>
        <label htmlFor={`${id}-note`}>Anything your clinic should know? (optional)</label>
        {problems.note && (
          <p className="field__error" id={`${id}-note-error`} role="alert">
            {problems.note}
          </p>
        )}
        <textarea
          id={`${id}-note`}
          className="portal-textarea"
          rows={3}
          maxLength={500}
          aria-describedby={problems.note ? `${id}-note-error` : undefined}
          value={choice.note}
          onChange={(event) => update({ note: event.target.value })}
        />
      </div>
      <div className="actions actions--stacked">
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? 'Sending…' : 'Send request'}
        </button>
        <Link className="button" href="/portal">
          Cancel
        </Link>
      </div>
    </form>
  );
};
