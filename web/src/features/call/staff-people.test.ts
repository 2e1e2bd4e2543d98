import type { Consultation } from '@clinicall/shared';
import { beforeEach, expect, test } from 'vitest';
import { speak } from '../../ui/test-language.ts';
import { staffPeople } from './staff-people.ts';

const at = '2026-12-03T10:00:00.000Z';
const session: Consultation = {
  id: 'g1',
  type: 'group-consultation',
  status: 'in-progress',
  hostId: 's1',
  hostName: 'Dr Lee',
  createdAt: at,
  breakout: { rooms: [{ id: 'breakout-1', name: 'Feet' }] },
  participants: [
    { id: 'host', role: 'clinician', displayName: 'Dr Lee', state: 'admitted', staffId: 's1', updatedAt: at },
    { id: 'a1', role: 'patient', displayName: 'Alex', state: 'admitted', handRaisedAt: at, room: 'breakout-1', updatedAt: at },
    { id: 'a2', role: 'guest', displayName: 'Robin', state: 'admitted', updatedAt: at },
  ],
  links: [],
};

beforeEach(() => speak('en'));

test('in a group session the people list shows a raised hand and the breakout room someone is in', () => {
  const [alex, robin] = staffPeople(session, new Map());
  expect(alex?.details).toEqual(['Hand raised', 'Feet']);
  expect(robin?.details).toEqual([]);
  speak('sv');
  expect(staffPeople(session, new Map())[0]?.details).toEqual(['Räcker upp handen', 'Feet']);
});
