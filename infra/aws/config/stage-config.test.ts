import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertConcurrencyFits, loadStageConfig, parseStageConfig, StageConfigError, stagesDirectory } from './stage-config.ts';

const example = JSON.parse(readFileSync(`${stagesDirectory}example.json`, 'utf8')) as Record<string, unknown>;
const problemsOf = (raw: unknown) => {
  try {
    parseStageConfig('prod', raw);
  } catch (error) {
    expect(error).toBeInstanceOf(StageConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the stage to be refused');
};

describe('stage config', () => {
  it('accepts the example stage and fills the defaults', () => {
    const config = loadStageConfig('example');
    expect(config).toMatchObject({ stage: 'example', region: 'eu-west-2', mfa: 'required', linkTtlSeconds: 300, backupRetentionDays: 35 });
    expect(parseStageConfig('dev', { ...example, sms: undefined, consultNowChannel: undefined })).toMatchObject({
      sms: {},
      consultNowChannel: 'sms',
    });
  });

  it('agrees appointments in the organisation’s time zone: London by default, any IANA zone, nothing else', () => {
    expect(parseStageConfig('dev', { ...example, timeZone: undefined }).timeZone).toBe('Europe/London');
    expect(parseStageConfig('dev', { ...example, timeZone: 'America/New_York' }).timeZone).toBe('America/New_York');
    expect(problemsOf({ ...example, timeZone: 'Mars/Olympus' })).toMatch(/- timeZone: is not an IANA time zone/);
  });

  it('writes in English and reads phone numbers as British unless the stage says otherwise, and nothing else', () => {
    expect(parseStageConfig('dev', example)).toMatchObject({ defaultLanguage: 'en', country: 'GB' });
    expect(parseStageConfig('dev', { ...example, defaultLanguage: 'sv', country: 'SE' })).toMatchObject({ defaultLanguage: 'sv', country: 'SE' });
    expect(problemsOf({ ...example, defaultLanguage: 'de' })).toMatch(/- defaultLanguage: must be one of en, sv/);
    expect(problemsOf({ ...example, country: 'NO' })).toMatch(/- country: must be one of GB, SE/);
  });

  it('keeps one-call contact details an hour after the call unless the stage says otherwise, and call history with the patient', () => {
    expect(parseStageConfig('dev', { ...example, contactRetentionMinutes: undefined })).toMatchObject({ contactRetentionMinutes: 60 });
    expect(parseStageConfig('dev', example).patientHistoryDays).toBeUndefined();
    expect(parseStageConfig('dev', { ...example, contactRetentionMinutes: 0, patientHistoryDays: 3650 })).toMatchObject({
      contactRetentionMinutes: 0,
      patientHistoryDays: 3650,
    });
    expect(problemsOf({ ...example, contactRetentionMinutes: -1 })).toMatch(/- contactRetentionMinutes:/);
    expect(problemsOf({ ...example, contactRetentionMinutes: 1.5 })).toMatch(/- contactRetentionMinutes:/);
    expect(problemsOf({ ...example, patientHistoryDays: 0 })).toMatch(/- patientHistoryDays:/);
  });

  it('names every problem with its path in one error', () => {
    const message = problemsOf({
      ...example,
      region: 'London',
      chime: { controlRegion: 'us-east-1', mediaRegion: 'mars-north-1' },
      logRetentionDays: 100,
      mfa: 'sometimes',
      colour: 'blue',
    });
    expect(message).toContain('is not a valid Clinicall stage');
    expect(message).toMatch(/- region: is not an AWS Region code/);
    expect(message).toMatch(/- chime\.mediaRegion: must be one of .*eu-west-2/);
    expect(message).toMatch(/- logRetentionDays: must be one of .*365/);
    expect(message).toMatch(/- mfa:/);
    expect(message).toMatch(/colour/);
  });

  it('refuses a From address outside the SES identity', () => {
    expect(problemsOf({ ...example, email: { identity: 'clinic.example', from: 'Clinic <video@elsewhere.example>' } })).toMatch(
      /email\.from: the address "video@elsewhere\.example" does not belong to the SES identity "clinic\.example"/,
    );
    expect(() => parseStageConfig('prod', { ...example, email: { identity: 'video@clinic.example', from: 'Clinic <video@clinic.example>' } })).not.toThrow();
  });

  it('refuses a certificate CloudFront cannot use, and a bad sender id or number', () => {
    const message = problemsOf({
      ...example,
      customDomain: { domainName: 'video.clinic.example', certificateArn: 'arn:aws:acm:eu-west-2:123456789012:certificate/abc' },
      sms: { senderId: 'A very long sender', originationNumber: '07700900123' },
    });
    expect(message).toMatch(/customDomain\.certificateArn: must be an ACM certificate ARN in us-east-1/);
    expect(message).toMatch(/sms\.senderId: must be 1–11 letters or digits/);
    expect(message).toMatch(/sms\.originationNumber: must be in E\.164/);
  });

  it('explains how to choose a stage, and which exist', () => {
    expect(() => loadStageConfig(undefined)).toThrow(/-c stage=<name>.*example/);
    expect(() => loadStageConfig('nowhere')).toThrow(/There is no .*nowhere\.json.*example/);
    expect(() => parseStageConfig('Prod!', example)).toThrow(/stage name "Prod!"/);
  });

  it('keeps meeting metadata in the stack\'s Region when Chime has an endpoint there, and refuses a Region without one', () => {
    expect(loadStageConfig('example').chime).toEqual({ controlRegion: 'eu-west-2', mediaRegion: 'eu-west-2' });
    expect(parseStageConfig('dev', { ...example, chime: { controlRegion: 'eu-central-1', mediaRegion: 'eu-west-2' } }).chime.controlRegion).toBe('eu-central-1');
    expect(problemsOf({ ...example, region: 'eu-north-1', chime: { mediaRegion: 'eu-north-1' } })).toMatch(
      /- chime\.controlRegion: eu-north-1 has no Chime SDK meetings endpoint: choose the nearest of .*eu-central-1/,
    );
    expect(problemsOf({ ...example, chime: { controlRegion: 'eu-west-1', mediaRegion: 'eu-west-2' } })).toMatch(
      /- chime\.controlRegion: must be a Chime SDK control Region/,
    );
  });

  it('refuses reserved concurrency the account cannot give: Lambda keeps 100 of the quota unreserved', () => {
    const stage = (reservedConcurrency: number, concurrencyQuota?: number) =>
      parseStageConfig('prod', { ...example, reservedConcurrency, ...(concurrencyQuota && { concurrencyQuota }) });
    // As many as the app makes today (one per feature, the timer task, the events socket); app.test.ts synthesizes with the real count.
    const functions = 14;
    expect(() => assertConcurrencyFits(stage(64), functions)).not.toThrow();
    expect(() => assertConcurrencyFits(stage(65), functions)).toThrow(/65 × 14 functions = 910, but an account quota of 1000 leaves 900 .* at most 64/);
    expect(() => assertConcurrencyFits(stage(200, 3000), functions)).not.toThrow();
    expect(() => assertConcurrencyFits(stage(1, 100), functions)).toThrow(/leaves 0 to reserve .* at most 0/);
    expect(() => assertConcurrencyFits(parseStageConfig('prod', example), functions)).not.toThrow();
  });
});
