import { Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolDomain,
  UserPoolEmail,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { staffGroups } from '@clinicall/shared';
import { displayNameOf, encodedDisplayName } from '@clinicall/functions/adapters/aws/sms-email';
import { emailAddressOf } from '../config/stage-config.ts';
import { acknowledge } from '../nag/acknowledge.ts';

export interface StaffDirectoryProps {
  readonly stage: string;
  readonly mfa: 'optional' | 'required';
  readonly domainPrefix?: string;
  /** The organisation's SES identity and From header: invitations and codes go out through SES from it. */
  readonly email: { readonly identity: string; readonly from: string; readonly region: string };
}

/**
 * Cognito's own sender manages 50 emails a day and names no organisation: staff invitations and
 * verification codes go through SES from the organisation's address. A display name outside
 * ASCII is an RFC 2047 encoded-word, as SES requires.
 */
const staffEmail = ({ identity, from, region }: StaffDirectoryProps['email']) => {
  // Read and encoded as the SES adapter does for the organisation's own messages (sms-email.ts).
  const name = displayNameOf(from);
  const encodedName = name && encodedDisplayName(name);
  return UserPoolEmail.withSES({
    fromEmail: emailAddressOf(from),
    ...(encodedName && { fromName: encodedName }),
    sesRegion: region,
    ...(!identity.includes('@') && { sesVerifiedDomain: identity }),
  });
};

const groupDescriptions: Record<(typeof staffGroups)[number], string> = {
  clinician: 'Runs consultations: Consult Now, waiting room, calls, outcomes.',
  admin: 'Manages the organisation and its staff.',
  'meeting-room-member': 'Joins internal meeting rooms from the console (not for clinical use).',
};

/**
 * Staff sign-in: accounts only an administrator creates, TOTP second factor, a strong password
 * policy and Cognito threat protection (Plus tier) blocking risky and compromised-credential
 * sign-ins. Groups are the roles the API checks (`cognito:groups`).
 */
export class StaffDirectory extends Construct {
  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;

  constructor(scope: Construct, id: string, props: StaffDirectoryProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Staff', {
      userPoolName: `clinicall-${props.stage}-staff`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      standardAttributes: { email: { required: true, mutable: true }, fullname: { required: false, mutable: true } },
      autoVerify: { email: true },
      mfa: props.mfa === 'required' ? Mfa.REQUIRED : Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      email: staffEmail(props.email),
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    if (props.mfa === 'optional') {
      acknowledge(
        this.userPool,
        'AwsSolutions-COG2',
        'The organisation chose optional TOTP in its stage file (mfa: "optional"): every person can enrol, and threat protection blocks high-risk sign-ins. Set mfa to "required" to make every sign-in ask.',
      );
    }
    // The groups are the roles shared/ defines: one list for the API, the local sign-in and here.
    for (const group of staffGroups) {
      new CfnUserPoolGroup(this, `Group-${group}`, {
        userPoolId: this.userPool.userPoolId,
        groupName: group,
        description: groupDescriptions[group],
      });
    }
    this.domain = this.userPool.addDomain('SignIn', {
      cognitoDomain: { domainPrefix: props.domainPrefix ?? `clinicall-${props.stage}-${Aws.ACCOUNT_ID}` },
    });
  }
}
