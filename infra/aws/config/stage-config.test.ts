import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStageConfig, parseStageConfig, StageConfigError, stagesDirectory } from './stage-config.ts';

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
});
