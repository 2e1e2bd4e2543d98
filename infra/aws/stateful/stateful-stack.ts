import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { StageConfig } from '../config/stage-config.ts';
import { ApiGatewayLogging } from './api-gateway-logging.ts';
import { ClinicalTables } from './clinical-tables.ts';
import { EncryptionKeys } from './encryption-keys.ts';
import { OriginSecret } from './origin-secret.ts';
import { StaffDirectory } from './staff-directory.ts';
import { StaffSignInEvents } from './staff-sign-in-events.ts';

export interface StatefulStackProps extends StackProps {
  readonly config: StageConfig;
}

/**
 * What must outlive any deployment of the application: keys, clinical records, staff accounts.
 * Termination-protected; every resource is retained if the stack is ever deleted.
 */
export class StatefulStack extends Stack {
  readonly keys: EncryptionKeys;
  readonly data: ClinicalTables;
  readonly staff: StaffDirectory;
  readonly signIns: StaffSignInEvents;
  readonly tablePrefix: string;
  readonly originSecret: OriginSecret;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, { ...props, terminationProtection: true });
    const { config } = props;
    this.tablePrefix = `clinicall-${config.stage}`;
    this.keys = new EncryptionKeys(this, 'Keys', { stage: config.stage });
    this.data = new ClinicalTables(this, 'Tables', {
      prefix: this.tablePrefix,
      key: this.keys.data,
      backupRetentionDays: config.backupRetentionDays,
    });
    this.staff = new StaffDirectory(this, 'StaffDirectory', {
      stage: config.stage,
      mfa: config.mfa,
      email: { identity: config.email.identity, from: config.email.from, region: config.region },
      ...(config.authDomainPrefix && { domainPrefix: config.authDomainPrefix }),
    });
    this.signIns = new StaffSignInEvents(this, 'StaffSignIns', {
      stage: config.stage,
      userPool: this.staff.userPool,
      key: this.keys.logs,
      retention: config.logRetentionDays,
    });
    this.originSecret = new OriginSecret(this, 'OriginSecret', { stage: config.stage, key: this.keys.data });
    new ApiGatewayLogging(this, 'ApiGatewayLogging');
  }
}
