import { expect, test } from 'vitest';
import { otherCameraChoices } from './camera-switch.ts';

const cameras = [{ deviceId: 'front' }, { deviceId: 'back' }, { deviceId: 'usb' }];

test('a phone camera flips by facingMode first, then by device', () => {
  const choices = otherCameraChoices({ deviceId: 'front', facingMode: 'user' }, cameras);
  expect(choices.map((c) => c.facingMode ?? c.deviceId)).toEqual([{ exact: 'environment' }, { exact: 'back' }]);
  expect(otherCameraChoices({ deviceId: 'back', facingMode: 'environment' }, cameras)[0]?.facingMode).toEqual({ exact: 'user' });
});

test('without facingMode (laptops), the next camera in the list, round to the first', () => {
  expect(otherCameraChoices({ deviceId: 'back' }, cameras).map((c) => c.deviceId)).toEqual([{ exact: 'usb' }]);
  expect(otherCameraChoices({ deviceId: 'usb' }, cameras).map((c) => c.deviceId)).toEqual([{ exact: 'front' }]);
  expect(otherCameraChoices({ deviceId: 'gone' }, cameras).map((c) => c.deviceId)).toEqual([{ exact: 'front' }]);
});

test('one camera and no facingMode: nothing else to switch to', () => {
  expect(otherCameraChoices({ deviceId: 'front' }, [{ deviceId: 'front' }])).toEqual([]);
});
