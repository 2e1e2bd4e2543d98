import { isConsultationOver } from '@clinicall/shared';
import type { ConsultationRecord, LinkRecord, ParticipantRecord } from '../../consultation/record.ts';
import { settled } from '../../consultation/changes.ts';

/**
 * A consultation is stored as items under one partition, `consultation#<id>`: the `header`
 * (type, status, host, times, outcome) and one item per person, `participant#<id>`, holding that
 * person and their links. One person's arrival, check, admission or departure writes their own
 * item only, so people arriving together never wait for one another.
 */
type Item = Record<string, unknown>;

export const partitionOf = (consultationId: string) => `consultation#${consultationId}`;
export const headerKey = 'header';
export const personKey = (participantId: string) => `participant#${participantId}`;

export type Header = Omit<ConsultationRecord, 'participants' | 'links'>;

/** One person as stored: themselves and every link sent to them. */
export interface Person {
  readonly participant: ParticipantRecord;
  readonly links: Readonly<Record<string, LinkRecord>>;
}

export const headerOf = (record: ConsultationRecord): Header => {
  const { participants: _participants, links: _links, ...header } = record;
  return header;
};

/** Each person of the record with their links (a link belongs to the person it was sent to). */
export const peopleOf = (record: Pick<ConsultationRecord, 'participants' | 'links'>): Map<string, Person> => {
  const people = new Map<string, { participant: ParticipantRecord; links: Record<string, LinkRecord> }>();
  for (const participant of Object.values(record.participants)) people.set(participant.id, { participant, links: {} });
  for (const link of Object.values(record.links)) {
    const person = people.get(link.participantId);
    if (!person) throw new Error(`Link ${link.id} belongs to nobody on the consultation's list.`);
    person.links[link.id] = link;
  }
  return people;
};

/**
 * The header as stored. `openHost` (the host's id, only while the consultation is not over)
 * puts it in the sparse index openByHost: the dashboard finds every open consultation however
 * many ended ones came after. Derived on every write, so it changes in the same write as the status.
 */
export const headerItem = (header: Header): Item => {
  const { openHost: _derived, ...rest } = header as Header & { openHost?: string };
  return {
    pk: partitionOf(header.id),
    sk: headerKey,
    ...rest,
    ...(!isConsultationOver(header.status) && { openHost: header.hostId }),
  };
};

/**
 * `revision` counts the writes of this person's item: each write is conditional on the one it read.
 * A co-moderator's item carries `coHostId` and the consultation's `createdAt` while the consultation
 * is not over, which put it in the sparse index byCoHost: their dashboard finds every session they
 * co-moderate that is still open, however many ended ones came after. Derived from their role and
 * the status, so a hand-over or the end moves it in the same change (see `change` in consultations.ts).
 * Likewise a patient on record registered for a session is in byPatient by their own item.
 */
export const personItem = (
  consultation: { id: string; createdAt: string; status: ConsultationRecord['status']; patientId?: string | undefined },
  person: Person,
  revision: number,
): Item => ({
  pk: partitionOf(consultation.id),
  sk: personKey(person.participant.id),
  participant: person.participant,
  links: person.links,
  revision,
  ...(listsAsCoHost(consultation, person) && { coHostId: person.participant.staffId, createdAt: consultation.createdAt }),
  ...(registersPatient(consultation, person) && { patientId: person.participant.patientId, createdAt: consultation.createdAt }),
});

/**
 * A patient on record in someone else's consultation (registered for a group session): their own
 * item goes in byPatient, as a consultation that is theirs goes by its header, so their call
 * history, export and erasure find it.
 */
const registersPatient = (consultation: { patientId?: string | undefined }, person: Person): boolean =>
  person.participant.patientId !== undefined && person.participant.patientId !== consultation.patientId;

/** Whether this person's item belongs in byCoHost. */
export const listsAsCoHost = (consultation: { status: ConsultationRecord['status'] }, person: Person): boolean =>
  person.participant.role === 'moderator' && person.participant.staffId !== undefined && !isConsultationOver(consultation.status);

/** The consultation a person's item belongs to. */
export const consultationOfItem = (item: Item): string => String(item.pk).replace(/^consultation#/, '');

/** The read model from a partition's items, as the clinic's rules see it. */
export interface Stored {
  readonly record: ConsultationRecord;
  /** The revision of each person's item, by participant id. */
  readonly revisions: ReadonlyMap<string, number>;
  /** Each person as their item holds them, before the header's status is applied. */
  readonly people: ReadonlyMap<string, Person>;
}

export const headerFromItem = (item: Item): Header => {
  const { pk: _pk, sk: _sk, openHost: _openHost, ...header } = item;
  return header as unknown as Header;
};

export const assemble = (items: readonly Item[]): Stored | undefined => {
  const headerItemFound = items.find((item) => item.sk === headerKey);
  if (!headerItemFound) return undefined;
  const revisions = new Map<string, number>();
  const people = new Map<string, Person>();
  const participants: Record<string, ParticipantRecord> = {};
  const links: Record<string, LinkRecord> = {};
  for (const item of items) {
    if (item.sk === headerKey) continue;
    const person = { participant: item.participant as ParticipantRecord, links: (item.links ?? {}) as Record<string, LinkRecord> };
    people.set(person.participant.id, person);
    revisions.set(person.participant.id, item.revision as number);
    participants[person.participant.id] = person.participant;
    Object.assign(links, person.links);
  }
  // Ending writes the header alone: what being over means for each person is read from it.
  const record = settled({ ...headerFromItem(headerItemFound), participants, links });
  return { record, revisions, people };
};

/** Stored values drop what is undefined: compare the way they will read back. */
const asStored = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/**
 * Two JSON values alike, whatever the order of their keys. Not node:util's isDeepStrictEqual:
 * importing node:util builds its whole module at every cold start (7 ms of CPU).
 */
const alike = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && alike((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
};
export const same = (a: unknown, b: unknown) => alike(asStored(a), asStored(b));

/**
 * A consultation item as an earlier version stored it (everything in one item keyed by `id`),
 * as today's items. Today's items pass through unchanged, so a conversion cut short can run again.
 */
export const fromEarlierItem = (item: Item): Item[] => {
  if (typeof item.pk === 'string') return [item];
  const { version, ...rest } = item as unknown as ConsultationRecord;
  const record = { ...rest, version: typeof version === 'number' ? version : 1 } as ConsultationRecord;
  return [
    headerItem(headerOf(record)),
    ...[...peopleOf(record).values()].map((person) => personItem(record, person, 1)),
  ];
};
