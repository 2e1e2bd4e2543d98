import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BackupPlan, BackupPlanRule, BackupResource, BackupVault } from 'aws-cdk-lib/aws-backup';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Schedule } from 'aws-cdk-lib/aws-events';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { type TableName, tableNames, tables } from '@clinicall/functions/adapters/dynamodb/tables';
import { acknowledge } from '../nag/acknowledge.ts';

export interface ClinicalTablesProps {
  /** Physical names are `<prefix>-<table>`: the functions derive them from the same prefix. */
  readonly prefix: string;
  readonly key: IKey;
  readonly backupRetentionDays: number;
}

const key = (name: string) => ({ name, type: AttributeType.STRING });

/**
 * The four tables, made from the definitions the local runtime also uses (tables.ts): on-demand,
 * encrypted with the organisation's key, point-in-time recovery, never deleted with the stack,
 * and backed up daily by AWS Backup into a vault under the same key.
 */
export class ClinicalTables extends Construct {
  readonly tables: Readonly<Record<TableName, Table>>;

  constructor(scope: Construct, id: string, props: ClinicalTablesProps) {
    super(scope, id);
    const names = tableNames(props.prefix);
    const made = {} as Record<TableName, Table>;
    for (const [name, definition] of Object.entries(tables) as [TableName, (typeof tables)[TableName]][]) {
      const table = new Table(this, name, {
        tableName: names[name],
        partitionKey: key(definition.partitionKey),
        ...('sortKey' in definition && typeof definition.sortKey === 'string' && { sortKey: key(definition.sortKey) }),
        billingMode: BillingMode.PAY_PER_REQUEST,
        encryption: TableEncryption.CUSTOMER_MANAGED,
        encryptionKey: props.key,
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        ...('timeToLive' in definition && { timeToLiveAttribute: definition.timeToLive }),
        deletionProtection: true,
        removalPolicy: RemovalPolicy.RETAIN,
      });
      for (const [indexName, index] of Object.entries<{ partitionKey: string; sortKey?: string }>(definition.indexes)) {
        table.addGlobalSecondaryIndex({
          indexName,
          partitionKey: key(index.partitionKey),
          ...(index.sortKey && { sortKey: key(index.sortKey) }),
          projectionType: ProjectionType.ALL,
        });
      }
      made[name] = table;
    }
    this.tables = made;

    const vault = new BackupVault(this, 'Vault', { encryptionKey: props.key, removalPolicy: RemovalPolicy.RETAIN });
    const plan = new BackupPlan(this, 'Backups', {
      backupVault: vault,
      backupPlanRules: [
        new BackupPlanRule({
          ruleName: 'Daily',
          scheduleExpression: Schedule.cron({ hour: '3', minute: '0' }),
          deleteAfter: Duration.days(props.backupRetentionDays),
        }),
      ],
    });
    const selection = plan.addSelection('Tables', {
      resources: Object.values(made).map((table) => BackupResource.fromDynamoDbTable(table)),
    });
    acknowledge(
      selection,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      "AWS Backup's own service-role policy, maintained by AWS as the service's backup APIs change; the role is assumable only by backup.amazonaws.com.",
    );
  }
}
