import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import * as z from '@clinicall/shared/zod';
import { countries, defaultLinkTtlSeconds, isTimeZone, languages } from '@clinicall/shared';

/** Where `-c stage=<name>` looks for `<name>.json`. */
export const stagesDirectory = new URL('../stages/', import.meta.url).pathname;

const region = z
  .string()
  .check(z.regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, 'is not an AWS Region code such as "eu-west-2"'));

/** Where Chime SDK meetings can host media (Meeting.MediaRegion in the Chime SDK API reference). */
export const chimeMediaRegions = [
  'af-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2',
  'ca-central-1', 'eu-central-1', 'eu-north-1', 'eu-south-1', 'eu-west-1', 'eu-west-2', 'eu-west-3',
  'sa-east-1', 'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2',
] as const;

/**
 * Where the Chime SDK meetings API has an endpoint (the "control Regions" of "Available AWS
 * Regions for the Amazon Chime SDK", Meeting Regions). Meeting metadata is kept there.
 */
export const chimeControlRegions = [
  'us-east-1', 'us-west-2', 'ca-central-1', 'eu-central-1', 'eu-west-2', 'ap-northeast-1', 'ap-southeast-1',
  'us-gov-east-1', 'us-gov-west-1',
] as const;

/** CloudWatch Logs accepts only these retention periods. */
const retentionPeriods = (Object.values(RetentionDays) as unknown[]).filter(
  (days): days is number => typeof days === 'number' && days !== Number(RetentionDays.INFINITE),
);

const hostname = z
  .string()
  .check(
    z.regex(
      /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
      'is not a lower-case DNS name',
    ),
  );

const email = z.object({
  /** The verified SES identity messages are sent from: a domain ("clinic.example") or one address. */
  identity: z.union([hostname, z.email()], { error: 'must be a verified SES domain or email address' }),
  /** The From header, e.g. "Northside Clinic <video@clinic.example>"; its address must belong to the identity. */
  from: z.string().check(z.minLength(3)),
});

/** The bare address of a From header (`Clinic <noreply@clinic.example>` → noreply@clinic.example). */
export const emailAddressOf = (from: string) => (/<([^<>]+)>\s*$/.exec(from)?.[1] ?? from).trim().toLowerCase();

export const StageConfigSchema = z
  .strictObject({
    /** Shown in messages and the page title. */
    organisationName: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
    /** Pin the AWS account (12 digits); otherwise the CLI's current credentials decide. */
    account: z.optional(z.string().check(z.regex(/^\d{12}$/, 'must be the 12-digit account id'))),
    region,
    chime: z.object({
      /**
       * The Chime SDK meetings API endpoint's Region (a "control Region"), where meeting metadata
       * lives; by default the stack's own Region when it is one.
       */
      controlRegion: z.optional(
        z.enum(chimeControlRegions, {
          error: `must be a Chime SDK control Region: ${chimeControlRegions.join(', ')}`,
        }),
      ),
      /** Where calls' media is hosted: the Region closest to the clinic. */
      mediaRegion: z.enum(chimeMediaRegions, { error: `must be one of ${chimeMediaRegions.join(', ')}` }),
    }),
    email,
    sms: z._default(
      z.strictObject({
        /** Alphanumeric sender id, where the destination country allows one (1–11 letters/digits). */
        senderId: z.optional(
          z
            .string()
            .check(
              z.regex(
                /^(?=.*[A-Za-z])[A-Za-z0-9]{1,11}$/,
                'must be 1–11 letters or digits, at least one letter',
              ),
            ),
        ),
        /** A number or short code registered with AWS End User Messaging SMS, in E.164. */
        originationNumber: z.optional(
          z.string().check(z.regex(/^\+[1-9]\d{3,14}$/, 'must be in E.164, e.g. +447700900123')),
        ),
        /** Share of delivered messages whose status is logged (every failure is); the logs hold phone numbers. */
        deliveryLogPercent: z._default(z.int().check(z.gte(0), z.lte(100)), 0),
      }),
      { deliveryLogPercent: 0 },
    ),
    /** How Consult Now links go when a mobile number is known. */
    consultNowChannel: z._default(z.enum(['sms', 'email']), 'sms'),
    linkTtlSeconds: z._default(z.int().check(z.gte(60), z.lte(3600)), defaultLinkTtlSeconds),
    /** Minutes after a consultation ends that one-off numbers, emails, guests' names and link hashes are kept (0: none). */
    contactRetentionMinutes: z._default(z.int().check(z.gte(0), z.lte(7 * 24 * 60)), 60),
    /** Days a patient's call history is kept after each consultation; absent: as long as the patient's record. */
    patientHistoryDays: z.optional(z.int().check(z.gte(1), z.lte(365 * 100))),
    /** The organisation's IANA time zone: appointments are agreed and shown in it. */
    timeZone: z._default(
      z.string().check(z.refine(isTimeZone, 'is not an IANA time zone such as "Europe/London"')),
      'Europe/London',
    ),
    /** What patients are written to in unless their record says otherwise, and what the site opens in. */
    defaultLanguage: z._default(z.enum(languages, { error: `must be one of ${languages.join(', ')}` }), 'en'),
    /** Where a phone number typed without its country code is read ("07700 900123" in GB, "070-123 45 67" in SE). */
    country: z._default(z.enum(countries, { error: `must be one of ${countries.join(', ')}` }), 'GB'),
    /** Serve the site from the organisation's own name; the certificate must be in us-east-1 (CloudFront). */
    customDomain: z.optional(
      z.strictObject({
        domainName: hostname,
        certificateArn: z
          .string()
          .check(
            z.regex(
              /^arn:aws[\w-]*:acm:us-east-1:\d{12}:certificate\/[\w-]+$/,
              'must be an ACM certificate ARN in us-east-1: CloudFront only uses certificates from us-east-1',
            ),
          ),
      }),
    ),
    /** An AWS WAF web ACL (scope CLOUDFRONT, so in us-east-1) in front of the site and the API. */
    webAclArn: z.optional(
      z
        .string()
        .check(
          z.regex(
            /^arn:aws[\w-]*:wafv2:us-east-1:\d{12}:global\/webacl\/.+$/,
            'must be a CLOUDFRONT-scope WAF web ACL ARN (us-east-1)',
          ),
        ),
    ),
    /**
     * After rotating the origin secret (`aws secretsmanager put-secret-value`), its new VersionId:
     * CloudFront sends the new value from the next deploy, and the API accepts old and new meanwhile.
     */
    originSecretVersionId: z.optional(
      z.uuid({ error: 'must be the VersionId that put-secret-value answered' }),
    ),
    logRetentionDays: z
      .int()
      .check(
        z.refine(
          (days) => retentionPeriods.includes(days),
          `must be one of ${retentionPeriods.join(', ')} (CloudWatch Logs periods)`,
        ),
      ),
    /** How long daily backups of the tables are kept (AWS Backup), on top of 35 days of point-in-time recovery. */
    backupRetentionDays: z._default(z.int().check(z.gte(7), z.lte(3650)), 35),
    /** TOTP for staff: 'optional' lets each person enrol; 'required' makes every sign-in ask. */
    mfa: z.enum(['optional', 'required']),
    /** Prefix of the Cognito sign-in domain, unique per Region; defaults to clinicall-<stage>-<account>. */
    authDomainPrefix: z.optional(
      z.string().check(
        z.regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'must be lower-case letters, digits and hyphens'),
        z.refine(
          (prefix) => !/aws|amazon|cognito/.test(prefix),
          'may not contain "aws", "amazon" or "cognito"',
        ),
      ),
    ),
    /**
     * Reserved concurrency for each function. Leave unset on a new account (whose concurrency
     * quota may be 10): Lambda refuses reservations that leave fewer than 100 unreserved.
     */
    reservedConcurrency: z.optional(z.int().check(z.gte(1), z.lte(1000))),
    /** Where alarms go (timer failures, API 5xx, Lambda errors and throttles, SMS spend, Chime refusals). */
    alarmEmail: z.email({ error: 'must be the email address of whoever answers for the service' }),
    /** The account's monthly SMS spend limit in USD (1 in the SMS sandbox): the alarm sounds at 80 %. */
    smsMonthlyLimitUsd: z._default(z.number().check(z.positive()), 1),
    /** The account's Lambda concurrency quota in this Region (Service Quotas; 1,000 by default, 10 on some new accounts). */
    concurrencyQuota: z._default(z.int().check(z.gte(10)), 1000),
  })
  .check(
    z.superRefine((config, context) => {
      if (
        !config.chime.controlRegion &&
        !(chimeControlRegions as readonly string[]).includes(config.region)
      ) {
        context.addIssue({
          code: 'custom',
          path: ['chime', 'controlRegion'],
          message: `${config.region} has no Chime SDK meetings endpoint: choose the nearest of ${chimeControlRegions.join(', ')}`,
        });
      }
      const address = emailAddressOf(config.email.from);
      const identity = config.email.identity.toLowerCase();
      const ok = identity.includes('@') ? address === identity : address.endsWith(`@${identity}`);
      if (!ok) {
        context.addIssue({
          code: 'custom',
          path: ['email', 'from'],
          message: `the address "${address}" does not belong to the SES identity "${config.email.identity}"`,
        });
      }
    }),
  );

export type StageSettings = z.output<typeof StageConfigSchema>;
export interface StageConfig extends Omit<StageSettings, 'chime'> {
  /** The stage's name: stack names, table prefix, resource names. */
  readonly stage: string;
  readonly chime: { readonly controlRegion: string; readonly mediaRegion: StageSettings['chime']['mediaRegion'] };
}

/** Lambda keeps this much of an account's concurrency unreserved; a reservation may not touch it. */
export const unreservedMinimum = 100;

/**
 * Reserved concurrency is per function: the stage's value times the number of functions must
 * leave the unreserved minimum of the account's quota, or the deploy fails half-way.
 */
export const assertConcurrencyFits = (config: Pick<StageConfig, 'reservedConcurrency' | 'concurrencyQuota' | 'stage'>, functions: number) => {
  if (config.reservedConcurrency === undefined) return;
  const total = config.reservedConcurrency * functions;
  const available = config.concurrencyQuota - unreservedMinimum;
  if (total > available) {
    throw new StageConfigError(
      `stage "${config.stage}": reservedConcurrency ${config.reservedConcurrency} × ${functions} functions = ${total}, but an account ` +
        `quota of ${config.concurrencyQuota} leaves ${available} to reserve (Lambda keeps ${unreservedMinimum} unreserved). ` +
        `Use at most ${Math.max(0, Math.floor(available / functions))}, raise concurrencyQuota after a Service Quotas increase, or leave reservedConcurrency unset.`,
    );
  }
};

const stageName = /^[a-z][a-z0-9-]{0,15}$/;

export class StageConfigError extends Error {
  override readonly name = 'StageConfigError';
}

/** Validates a stage; the error lists every problem with its path, so one run fixes them all. */
export const parseStageConfig = (stage: string, raw: unknown, source = `stage "${stage}"`): StageConfig => {
  if (!stageName.test(stage)) {
    throw new StageConfigError(`The stage name "${stage}" must be 1–16 lower-case letters, digits or hyphens, starting with a letter.`);
  }
  const result = StageConfigSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new StageConfigError(`${source} is not a valid Clinicall stage:\n${problems.join('\n')}`);
  }
  const { chime, ...settings } = result.data;
  return { stage, ...settings, chime: { ...chime, controlRegion: chime.controlRegion ?? result.data.region } };
};

/** Reads `infra/aws/stages/<stage>.json`. */
export const loadStageConfig = (stage: string | undefined, directory = stagesDirectory): StageConfig => {
  const available = existsSync(directory)
    ? readdirSync(directory).filter((file) => file.endsWith('.json')).map((file) => file.replace(/\.json$/, ''))
    : [];
  if (!stage) {
    throw new StageConfigError(
      `Say which stage to deploy: -c stage=<name>, reading infra/aws/stages/<name>.json (there: ${available.join(', ') || 'none'}). ` +
        'Copy example.json to start one.',
    );
  }
  const file = join(directory, `${stage}.json`);
  if (!existsSync(file)) {
    throw new StageConfigError(`There is no ${file} (stages there: ${available.join(', ') || 'none'}). Copy example.json to start one.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new StageConfigError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  return parseStageConfig(stage, raw, file);
};
