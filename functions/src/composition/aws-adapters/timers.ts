import { SFNClient } from '@aws-sdk/client-sfn';
import type { Timers } from '#ports';
import { stepFunctionsTimers } from '#adapters/aws/step-functions-timers';
import { required } from '../environment.ts';

/** Executions of the timer state machine. */
export const adapter = (): Timers => stepFunctionsTimers(new SFNClient({}), required('CLINICALL_TIMER_STATE_MACHINE_ARN'));
