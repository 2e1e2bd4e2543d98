import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppointmentRequest, requestAppointment } from '../../api/portal.ts';
import { ApiError } from '../../api/request.ts';
import { Link } from '../../app/router.tsx';
import { intlLocale } from '../../i18n/format.ts';
import { Choice } from '../../ui/Choice.tsx';
import { DateField } from '../../ui/DateField.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { type BookingChoice, bookingRequest, localToday } from './booking.ts';

interface BookAppointmentProps {
  readonly session: string;
  /** The missed call this request answers, if it came from one. */
  readonly missedCallId?: string | undefined;
  readonly onSent: () => void;
}

const partsOfDay = ['morning', 'afternoon', 'any'] as const;

type Problems = Partial<Record<'from' | 'to' | 'note' | 'form', string>>;

const formatDay = (isoDate: string) =>
  new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(intlLocale(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });

/** Book Appointment: the days that suit, morning or afternoon, and a note; the care team proposes a time. */
export const BookAppointment = ({ session, missedCallId, onSent }: BookAppointmentProps) => {
  const { t } = useTranslation('portal', { keyPrefix: 'booking' });
  const checkAnswer = useTranslation('errors').t('checkAnswer');
  useDocumentTitle(t('pageTitle'));
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
    if (!answer.ok) return setProblems({ [answer.field]: t(`problems.${answer.problem}`) });
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
            // The server's field problems are in English: the field is marked, in the page's words.
            error.fields.map((f) =>
              ['from', 'to', 'note'].includes(f.field) ? [f.field, checkAnswer] : ['form', error.message],
            ),
          ),
        );
      } else
        setProblems({
          form: error instanceof ApiError ? error.message : t('failed'),
        });
    }
  };

  if (sent) {
    return (
      <section className="patient-card" aria-labelledby={`${id}-sent`}>
        <h1 id={`${id}-sent`}>{t('sentTitle')}</h1>
        <p role="status">
          {t(`sent.${sent.partOfDay}`, { from: formatDay(sent.from), to: formatDay(sent.to) })}
        </p>
        <Link className="button button--primary button--block" href="/portal">
          {t('back')}
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
      <h1 id={`${id}-title`}>{t('pageTitle')}</h1>
      <p>{t('intro')}</p>
      {problems.form && (
        <p className="field__error" role="alert">
          {problems.form}
        </p>
      )}
      <DateField
        legend={t('from')}
        initial={choice.from}
        example={today}
        problem={problems.from}
        onChange={(from) => update({ from })}
      />
      <DateField
        legend={t('to')}
        initial={choice.to}
        example={today}
        problem={problems.to}
        onChange={(to) => update({ to })}
      />
      <fieldset className="choices">
        <legend>{t('partOfDay')}</legend>
        {partsOfDay.map((part) => (
          <Choice
            key={part}
            name="part-of-day"
            value={part}
            label={t(`parts.${part}`)}
            checked={choice.partOfDay === part}
            onChange={() => update({ partOfDay: part })}
          />
        ))}
      </fieldset>
      <div className={problems.note ? 'field field--error' : 'field'}>
        <label htmlFor={`${id}-note`}>{t('note')}</label>
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
          {busy ? t('sending') : t('send')}
        </button>
        <Link className="button" href="/portal">
          {t('cancel')}
        </Link>
      </div>
    </form>
  );
};
