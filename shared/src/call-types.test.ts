import { describe, expect, it } from 'vitest';
import { callTypeIds, callTypes, capacityOf } from './call-types.ts';

describe('call types', () => {
  it('has a policy for every call type, filed under its own id', () => {
    expect(Object.keys(callTypes).sort()).toEqual([...callTypeIds].sort());
    for (const id of callTypeIds) expect(callTypes[id].id).toBe(id);
  });

  it('individual appointment: clinician + patient + 3 extras, bound to the appointment time', () => {
    const policy = callTypes['individual-appointment'];
    expect(capacityOf('individual-appointment')).toBe(5);
    expect(policy.maxExtras).toBe(3);
    // host + main guest + extras
    expect(1 + 1 + policy.maxExtras).toBe(capacityOf('individual-appointment'));
    expect(policy).toMatchObject({
      clinical: true,
      scheduled: true,
      maxDurationMinutes: null,
      verification: 'date-of-birth',
      waitingRoom: true,
      link: { singleUse: true, validMinutes: null, extendable: false, maxExtensionMinutes: 0 },
    });
    expect(policy.warning).toBeUndefined();
  });

  it('consult now: a single-use link valid 5 minutes, extendable by up to 60, sent by SMS', () => {
    const policy = callTypes['consult-now'];
    expect(policy.link).toEqual({ singleUse: true, validMinutes: 5, extendable: true, maxExtensionMinutes: 60 });
    expect(policy).toMatchObject({
      clinical: true,
      scheduled: false,
      verification: 'date-of-birth',
      waitingRoom: true,
      defaultChannel: 'sms',
    });
    expect(capacityOf('consult-now')).toBe(5);
    expect(1 + 1 + policy.maxExtras).toBe(capacityOf('consult-now'));
  });

  it('direct call: exactly two people, no waiting room, no verification', () => {
    const policy = callTypes['direct-call'];
    expect(capacityOf('direct-call')).toBe(2);
    expect(policy.maxExtras).toBe(0);
    expect(policy).toMatchObject({ clinical: true, verification: 'none', waitingRoom: false });
    expect(policy.link.extendable).toBe(false);
  });

  it('group consultation: 60 guests for at most 240 minutes', () => {
    const policy = callTypes['group-consultation'];
    expect(policy.maxGuests).toBe(60);
    expect(capacityOf('group-consultation')).toBe(61);
    expect(policy.maxDurationMinutes).toBe(240);
    expect(policy).toMatchObject({ clinical: true, scheduled: true, verification: 'date-of-birth', waitingRoom: true });
  });

  it('meeting room: 6 people, reusable link, not for clinical use', () => {
    const policy = callTypes['meeting-room'];
    expect(capacityOf('meeting-room')).toBe(6);
    expect(policy.clinical).toBe(false);
    expect(policy.link.singleUse).toBe(false);
    expect(policy.verification).toBe('name');
    expect(policy.warning).toMatch(/not for clinical use/i);
  });

  it('only the meeting room carries a warning, and only clinical types are single-use', () => {
    for (const id of callTypeIds) {
      const policy = callTypes[id];
      expect(policy.warning !== undefined).toBe(!policy.clinical);
      expect(policy.link.singleUse).toBe(policy.clinical);
    }
  });

  it('keeps the limits consistent: extras fit among the guests, extensions only when extendable', () => {
    for (const id of callTypeIds) {
      const { maxGuests, maxExtras, link } = callTypes[id];
      expect(Number.isInteger(maxGuests) && maxGuests >= 1).toBe(true);
      expect(maxExtras).toBeLessThan(maxGuests);
      expect(link.maxExtensionMinutes > 0).toBe(link.extendable);
      expect(link.validMinutes === null || link.validMinutes > 0).toBe(true);
      expect(Number.isInteger(callTypes[id].maxVerificationAttempts) && callTypes[id].maxVerificationAttempts >= 1).toBe(true);
    }
  });
});
