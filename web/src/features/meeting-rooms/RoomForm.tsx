import type { StaffMember } from '@clinicall/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { Field } from '../../ui/Field.tsx';

export interface RoomDraft {
  readonly name: string;
  readonly memberIds: readonly string[];
}

interface RoomFormProps {
  readonly initial?: RoomDraft;
  readonly staff: readonly StaffMember[];
  readonly submitLabel: string;
  readonly busyLabel: string;
  readonly onSubmit: (draft: RoomDraft) => Promise<void>;
  readonly onCancel?: () => void;
}

/** A room's name and members, for creating or changing it. */
export const RoomForm = ({ initial, staff, submitLabel, busyLabel, onSubmit, onCancel }: RoomFormProps) => {
  const { t } = useTranslation('meetingRooms');
  const [name, setName] = useState(initial?.name ?? '');
  const [members, setMembers] = useState<ReadonlySet<string>>(new Set(initial?.memberIds));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const toggle = (id: string) =>
    setMembers((now) => {
      const next = new Set(now);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      await onSubmit({ name: name.trim(), memberIds: [...members] });
    } catch (error) {
      setProblem(error instanceof ApiError ? (error.fields?.[0]?.message ?? error.message) : undefined);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Field label={t('admin.name')} value={name} maxLength={80} onChange={(event) => setName(event.target.value)} error={problem} />
      <fieldset className="room-members">
        <legend>{t('admin.members')}</legend>
        {staff.length === 0 && <p className="muted">{t('admin.noMembers')}</p>}
        {staff.map((person) => (
          <label key={person.id} className="checkbox">
            <input type="checkbox" checked={members.has(person.id)} onChange={() => toggle(person.id)} /> {person.name}{' '}
            <span className="muted">{person.email}</span>
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
        {onCancel && (
          <button className="button" type="button" onClick={onCancel}>
            {t('admin.cancel')}
          </button>
        )}
      </div>
    </form>
  );
};
