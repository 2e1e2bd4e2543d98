import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { startDynalite } from '@clinicall/functions/adapters/dynamodb/dynalite';
import { dynamoStore } from '@clinicall/functions/adapters/dynamodb/store';
import type { ConsultationRecord, ParticipantRecord } from '@clinicall/functions/consultation/record';
import { hashSecret, sessionToken } from '@clinicall/functions/secrets';
import type { BrowserContext } from 'playwright-core';

/** The demo clinician of the local runtime (infra/local/src/seed.ts). */
const demoClinicianId = 'staff-clinician-demo';

export interface Guest {
  readonly participantId: string;
  readonly name: string;
  readonly session: string;
}

export interface GroupCall {
  readonly consultationId: string;
  readonly guests: readonly Guest[];
}

/**
 * A group consultation in progress, written into a data directory before Clinicall starts on it:
 * the demo clinician hosts, and `guests` people are already admitted, each with a session (as if
 * they had opened their links and been let in), for tests of a full room's media.
 */
export const seedGroupCall = async (dataDir: string, names: readonly string[]): Promise<GroupCall> => {
  const consultationId = 'e2e-group-room';
  const now = new Date();
  const inAnHour = new Date(now.getTime() + 3_600_000).toISOString();
  const guests = names.map((name, i) => {
    const participantId = `e2e-guest-${i + 1}`;
    const secret = randomBytes(24).toString('base64url');
    return { participantId, name, secret, session: sessionToken(consultationId, participantId, secret) };
  });
  const person = (p: Partial<ParticipantRecord> & Pick<ParticipantRecord, 'id' | 'role' | 'displayName'>): ParticipantRecord => ({
    state: 'admitted',
    updatedAt: now.toISOString(),
    ...p,
  });
  const participants = [
    person({ id: 'e2e-host', role: 'clinician', displayName: 'Dr Sam Carter', staffId: demoClinicianId }),
    ...guests.map((g) =>
      person({ id: g.participantId, role: 'guest', displayName: g.name, sessionHash: hashSecret(g.secret), sessionExpiresAt: inAnHour }),
    ),
  ];
  const record: ConsultationRecord = {
    id: consultationId,
    type: 'group-consultation',
    status: 'in-progress',
    hostId: demoClinicianId,
    hostName: 'Dr Sam Carter',
    createdAt: now.toISOString(),
    startedAt: now.toISOString(),
    participants: Object.fromEntries(participants.map((p) => [p.id, p])),
    links: {},
    version: 1,
  };
  const dynamo = await startDynalite({ path: join(dataDir, 'dynamodb') });
  try {
    await dynamoStore(dynamo.db, dynamo.tablePrefix).consultations.add(record);
  } finally {
    await dynamo.close();
  }
  return { consultationId, guests: guests.map(({ participantId, name, session }) => ({ participantId, name, session })) };
};

/** The guest's tab already holds their session and has done the device check: /join takes them into the call. */
export const holdSession = async (context: BrowserContext, consultationId: string, guest: Guest): Promise<void> => {
  await context.addInitScript(
    ({ saved, participantId }) => {
      sessionStorage.setItem('clinicall.participant', saved);
      sessionStorage.setItem('clinicall.deviceCheck', participantId);
    },
    {
      saved: JSON.stringify({ consultationId, participantId: guest.participantId, session: guest.session }),
      participantId: guest.participantId,
    },
  );
};
