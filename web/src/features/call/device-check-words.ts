import type { TFunction } from 'i18next';
import type { DeviceCheck } from '@clinicall/shared';

/** One line for the clinician: "Devices OK", or what is wrong, worst first ("Camera blocked, poor connection"). */
export const deviceCheckWords = (check: DeviceCheck, t: TFunction<'dashboard'>): string => {
  const problems = [
    check.connection === 'failed' && t('deviceCheck.noConnection'),
    check.camera === 'blocked' && t('deviceCheck.cameraBlocked'),
    check.camera === 'missing' && t('deviceCheck.noCamera'),
    check.microphone === 'blocked' && t('deviceCheck.microphoneBlocked'),
    check.microphone === 'missing' && t('deviceCheck.noMicrophone'),
    check.microphone === 'silent' && t('deviceCheck.microphoneSilent'),
    check.connection === 'poor' && t('deviceCheck.poorConnection'),
    check.speaker === 'not-heard' && t('deviceCheck.soundNotHeard'),
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length === 0) return t('deviceCheck.ok');
  const [first = '', ...rest] = problems;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(', ');
};
