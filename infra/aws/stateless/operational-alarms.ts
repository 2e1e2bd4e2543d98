import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { type Alarm, ComparisonOperator, MathExpression, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { FilterPattern, type ILogGroup, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { meetingRefusedMessage } from '@clinicall/functions/adapters/aws/chime-meetings';

export interface OperationalAlarmsProps {
  /** Who hears of trouble: the organisation's operations address. */
  readonly email: string;
  readonly timers: StateMachine;
  readonly api: HttpApi;
  /** Clinicall's own functions: their errors and throttles, not the rest of the account's. */
  readonly functions: readonly IFunction[];
  /** The functions that create Chime meetings and attendees (their logs say when Chime refuses). */
  readonly meetingLogs: readonly ILogGroup[];
  /** The account's monthly SMS spend limit (USD): the alarm sounds at 80 % of it. */
  readonly smsMonthlyLimitUsd: number;
}


const fiveMinutes = Duration.minutes(5);
/** Fewer requests than this in five minutes count as this many when the 5xx rate is taken. */
const quietRequests = 40;
/** An alarm on metric math may read at most 10 metrics (a hard CloudWatch limit). */
const metricsPerAlarm = 10;

/** The functions in groups an alarm can read: one alarm per group. */
const inGroups = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

/** The sum of one Lambda metric over some functions, as one expression. */
const sumOf = (functions: readonly IFunction[], metric: (fn: IFunction) => Metric, label: string) =>
  new MathExpression({
    label,
    expression: functions.map((_, index) => `f${index}`).join(' + '),
    usingMetrics: Object.fromEntries(functions.map((fn, index) => [`f${index}`, metric(fn)])),
    period: fiveMinutes,
  });

/**
 * What must never fail silently, on one encrypted topic the organisation subscribes to: timer
 * executions that failed after their retries (a link expiry or reminder lost), the API's 5xx,
 * errors and throttles of Clinicall's functions, SMS spend near the account's limit, and Chime refusing meetings.
 */
export class OperationalAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: OperationalAlarmsProps) {
    super(scope, id);
    const key = new Key(this, 'Key', { enableKeyRotation: true, description: 'Clinicall alarm notifications' });
    // CloudWatch publishes to the encrypted topic on the organisation's behalf.
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new Topic(this, 'Topic', { displayName: 'Clinicall alarms', masterKey: key, enforceSSL: true });
    this.topic.addSubscription(new EmailSubscription(props.email));

    const meetingRefusals = props.meetingLogs.map(
      (logGroup, index) =>
        new MetricFilter(this, `MeetingRefused${index}`, {
          logGroup,
          filterPattern: FilterPattern.stringValue('$.message', '=', meetingRefusedMessage),
          metricNamespace: 'Clinicall',
          metricName: 'MeetingRefused',
          metricValue: '1',
          defaultValue: 0,
        }),
    );

    const add = (name: string, description: string, metric: Metric | MathExpression, threshold: number) => {
      const alarm = metric.createAlarm(this, name, {
        alarmDescription: description,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(new SnsAction(this.topic));
      this.alarms.push(alarm);
    };

    add(
      'TimerFailed',
      'A timer execution failed after its retries: a link expiry, reminder or ring timeout may not have happened.',
      props.timers.metricFailed({ period: fiveMinutes, statistic: 'Sum' }),
      1,
    );
    // A rate, not a count: five errors are noise at a busy hour and an outage at a quiet one. Below
    // 40 requests the rate is taken of 40, so two errors in a quiet five minutes already sound it.
    add(
      'ApiServerErrors',
      'The API answered 5xx to 5 % or more of its requests in five minutes.',
      new MathExpression({
        label: 'API 5xx (% of requests)',
        expression: `IF(requests < ${quietRequests}, 100 * errors / ${quietRequests}, 100 * errors / requests)`,
        usingMetrics: {
          errors: props.api.metricServerError({ period: fiveMinutes, statistic: 'Sum' }),
          requests: props.api.metricCount({ period: fiveMinutes, statistic: 'Sum' }),
        },
        period: fiveMinutes,
      }),
      5,
    );
    inGroups(props.functions, metricsPerAlarm).forEach((functions, index) => {
      const which = `Clinicall's functions (group ${index + 1})`;
      add(
        `LambdaErrors${index + 1}`,
        `${which} failed 5 times or more in five minutes.`,
        sumOf(functions, (fn) => fn.metricErrors({ period: fiveMinutes, statistic: 'Sum' }), 'Lambda errors'),
        5,
      );
      add(
        `LambdaThrottles${index + 1}`,
        `${which} were throttled: requests are being turned away.`,
        sumOf(functions, (fn) => fn.metricThrottles({ period: fiveMinutes, statistic: 'Sum' }), 'Lambda throttles'),
        1,
      );
    });
    add(
      'SmsSpendNearLimit',
      `SMS spend this month has reached 80 % of the account's limit (USD ${props.smsMonthlyLimitUsd}): raise the limit before links stop going out.`,
      new Metric({ namespace: 'AWS/SNS', metricName: 'SMSMonthToDateSpentUSD', period: fiveMinutes, statistic: 'Maximum' }),
      props.smsMonthlyLimitUsd * 0.8,
    );
    if (meetingRefusals.length > 0) {
      add(
        'MeetingsRefused',
        'Chime throttled or refused a meeting or attendee (a quota such as 250 concurrent meetings may be reached).',
        meetingRefusals[0]!.metric({ period: fiveMinutes, statistic: 'Sum' }),
        1,
      );
    }
  }
}
