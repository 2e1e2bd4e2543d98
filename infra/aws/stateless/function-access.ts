import { Arn, ArnFormat, Aws, Stack } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { type TableName, tables as tableDefinitions } from '@clinicall/functions/adapters/dynamodb/tables';
import type { ClinicallFunction } from '../constructs/clinicall-function.ts';
import { auditUsesOf, type FunctionNeeds } from './function-needs.ts';
import { emailAddressOf } from '../config/stage-config.ts';

/** Everything a function may be wired to; each function gets the part its needs name. */
export interface Backends {
  readonly settings: Readonly<Record<string, string>>;
  readonly tables: Readonly<Record<TableName, ITable>>;
  readonly dataKey: IKey;
  readonly events: { readonly endpoint: string; readonly connectionsArn: string; readonly disconnectArn: string };
  readonly timers?: { readonly stateMachineArn: string };
  readonly notifier: {
    readonly emailFrom: string;
    readonly emailIdentity: string;
    readonly smsSenderId?: string;
    readonly smsOriginationNumber?: string;
  };
  readonly meetings: { readonly controlRegion: string; readonly mediaRegion: string };
  readonly integrations: { readonly eventBusName: string; readonly eventBusArn: string };
  readonly staffTokens: { readonly userPoolId: string; readonly clientId: string; readonly userPoolArn: string };
}

const readActions = ['dynamodb:GetItem', 'dynamodb:Query'];
const writeActions = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'];

/** The audit trail is appended to and read, never changed: these are denied to every function. */
export const auditDeniedActions = ['dynamodb:BatchWriteItem', 'dynamodb:DeleteItem', 'dynamodb:UpdateItem'] as const;

/** The Chime meeting actions of each use: a function gets the list of the one it declares. */
export const meetingActions = {
  join: ['chime:GetMeeting', 'chime:CreateAttendee'],
  /** Many people let in at once: their attendees in batches of 100. */
  admit: ['chime:GetMeeting', 'chime:BatchCreateAttendee'],
  /** Muting one person or everyone but the host: attendees are found by participant id. */
  moderate: ['chime:ListAttendees', 'chime:UpdateAttendeeCapabilities', 'chime:BatchUpdateAttendeeCapabilitiesExcept'],
  /** Someone out of the call: their attendee is found by participant id and deleted. */
  remove: ['chime:ListAttendees', 'chime:DeleteAttendee'],
  end: ['chime:DeleteMeeting'],
} as const;

/** Uses that may have to make a room's meeting first. */
const makesMeetings: ReadonlySet<keyof typeof meetingActions> = new Set(['join', 'admit']);

/** What each table is used for, with events reading and pruning the connections in `access`. */
const tableAccess = (needs: FunctionNeeds): Map<TableName, Set<string>> => {
  const access = new Map<TableName, Set<string>>();
  const add = (table: TableName, actions: readonly string[]) => {
    const set = access.get(table) ?? new Set<string>();
    actions.forEach((action) => set.add(action));
    access.set(table, set);
  };
  for (const [table, level] of Object.entries(needs.tables ?? {}) as [TableName, 'read' | 'write'][]) {
    add(table, level === 'write' ? [...readActions, ...writeActions] : readActions);
  }
  for (const use of auditUsesOf(needs)) add('audit', use === 'append' ? ['dynamodb:PutItem'] : ['dynamodb:Query']);
  if (needs.events) add('access', ['dynamodb:Query', 'dynamodb:DeleteItem']);
  return access;
};

/** The tables a function may touch: its store holds their repositories and nothing else. */
export const tablesOf = (needs: FunctionNeeds): TableName[] => [...tableAccess(needs).keys()].sort();

/** The environment a function reads (composition/aws.ts), limited to what it needs. */
export const environmentFor = (
  needs: FunctionNeeds,
  backends: Backends,
  options: { readonly verifiesStaffTokens?: boolean } = {},
): Record<string, string> => ({
  ...backends.settings,
  ...(needs.events && { CLINICALL_EVENTS_ENDPOINT: backends.events.endpoint }),
  ...(needs.timers && backends.timers && { CLINICALL_TIMER_STATE_MACHINE_ARN: backends.timers.stateMachineArn }),
  ...(needs.notifier && {
    CLINICALL_EMAIL_FROM: backends.notifier.emailFrom,
    ...(backends.notifier.smsSenderId && { CLINICALL_SMS_SENDER_ID: backends.notifier.smsSenderId }),
    ...(backends.notifier.smsOriginationNumber && { CLINICALL_SMS_ORIGINATION_NUMBER: backends.notifier.smsOriginationNumber }),
  }),
  ...(needs.meetings && {
    CLINICALL_CHIME_CONTROL_REGION: backends.meetings.controlRegion,
    CLINICALL_CHIME_MEDIA_REGION: backends.meetings.mediaRegion,
  }),
  ...(needs.integrations && { CLINICALL_EVENT_BUS_NAME: backends.integrations.eventBusName }),
  ...(needs.staffDirectory && !options.verifiesStaffTokens && { CLINICALL_USER_POOL_ID: backends.staffTokens.userPoolId }),
  ...(options.verifiesStaffTokens && {
    CLINICALL_USER_POOL_ID: backends.staffTokens.userPoolId,
    CLINICALL_USER_POOL_CLIENT_ID: backends.staffTokens.clientId,
  }),
});

/** Grants exactly the actions the needs imply, each on the resources it touches. */
export const grantNeeds = (fn: ClinicallFunction, needs: FunctionNeeds, backends: Backends): void => {
  const stack = Stack.of(fn);
  let writes = false;
  for (const [name, actions] of tableAccess(needs)) {
    const table = backends.tables[name];
    fn.allow([...actions].sort(), [table.tableArn]);
    const indexes = Object.keys(tableDefinitions[name].indexes).map((index) => `${table.tableArn}/index/${index}`);
    if (actions.has('dynamodb:Query') && indexes.length > 0) fn.allow(['dynamodb:Query'], indexes);
    writes ||= writeActions.some((action) => actions.has(action));
  }
  // Whatever else it may do, no function may change or delete an entry of the audit trail.
  fn.role.addToPrincipalPolicy(
    new PolicyStatement({ effect: Effect.DENY, actions: [...auditDeniedActions], resources: [backends.tables.audit.tableArn] }),
  );
  if (needs.tables || needs.events || needs.audit) {
    // DynamoDB uses the organisation's key on the caller's behalf.
    fn.allow(
      writes ? ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey'] : ['kms:Decrypt', 'kms:DescribeKey'],
      [backends.dataKey.keyArn],
    );
  }
  if (needs.events) {
    fn.allowWildcard(
      ['execute-api:ManageConnections'],
      backends.events.connectionsArn,
      'PostToConnection addresses connections by an id API Gateway assigns at $connect; the grant is limited to POST @connections on this one WebSocket API and stage.',
    );
    fn.allowWildcard(
      ['execute-api:ManageConnections'],
      backends.events.disconnectArn,
      'DeleteConnection ends the sockets of a consultation that is over, by the ids API Gateway assigned at $connect; the grant is limited to DELETE @connections on this one WebSocket API and stage.',
    );
  }
  if (needs.timers) {
    if (!backends.timers) throw new Error('The timer state machine must exist before functions that start timers.');
    fn.allow(['states:StartExecution'], [backends.timers.stateMachineArn]);
  }
  if (needs.notifier) {
    fn.allowWildcard(
      ['sns:Publish'],
      '*',
      'SMS goes straight to a phone number with sns:Publish, which has no resource ARN; publishing to any topic is denied in the same policy.',
    );
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.DENY,
        actions: ['sns:Publish'],
        resources: [Arn.format({ service: 'sns', region: '*', account: '*', resource: '*' }, stack)],
      }),
    );
    const fromOrganisation = { StringEqualsIgnoreCase: { 'ses:FromAddress': emailAddressOf(backends.notifier.emailFrom) } };
    // SES authorizes SendEmail against every identity involved (the From address's own identity
    // when it is verified on its own, its domain, and in the sandbox the recipients) and the
    // configuration set: grant this account's identities, held to the organisation's From address.
    fn.allowWildcard(
      ['ses:SendEmail'],
      Arn.format({ service: 'ses', resource: 'identity', resourceName: '*' }, stack),
      'SES checks each identity a message involves (the From address, its domain, sandbox recipients); the grant is this account and Region only, and a condition holds it to the organisation\'s From address.',
      fromOrganisation,
    );
    fn.allowWildcard(
      ['ses:SendEmail'],
      Arn.format({ service: 'ses', resource: 'configuration-set', resourceName: '*' }, stack),
      'A configuration set applied to the identity is authorized too; the From-address condition still holds.',
      fromOrganisation,
    );
  }
  if (needs.integrations) fn.allow(['events:PutEvents'], [backends.integrations.eventBusArn]);
  if (needs.staffDirectory) fn.allow(['cognito-idp:ListUsersInGroup'], [backends.staffTokens.userPoolArn]);
  const meetingUses = [needs.meetings ?? []].flat();
  if (meetingUses.length > 0) {
    fn.allowWildcard(
      [...new Set(meetingUses.flatMap((use) => meetingActions[use]))].sort(),
      Arn.format(
        { service: 'chime', region: backends.meetings.controlRegion, account: Aws.ACCOUNT_ID, resource: 'meeting', resourceName: '*', arnFormat: ArnFormat.SLASH_RESOURCE_NAME },
        stack,
      ),
      'Chime SDK assigns meeting ids at CreateMeeting, so the grant is every meeting of this account in the control Region, for only the meeting actions this function uses.',
    );
    // CreateMeeting has no resource type: IAM only matches it on "*".
    if (meetingUses.some((use) => makesMeetings.has(use))) {
      fn.allowWildcard(['chime:CreateMeeting'], '*', 'CreateMeeting has no resource type in IAM (a meeting does not exist before it); it must be granted on "*". Every other meeting action stays on this account\'s meetings.');
    }
  }
};
