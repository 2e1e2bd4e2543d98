import { DomainError, operations } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { openLink, verifyAndEnter } from '#use-cases/open-link';
import { describeSession, leaveConsultation, recordFeedback, reportDeviceCheck } from '#use-cases/participant-session';
import { type AwsAdapters, onAws } from '../composition/aws.ts';
import { type Caller, route } from '../http/route.ts';
import { routeOptions } from '../http/route-options.ts';

const sessionOf = (caller: Caller) => {
  if (caller.kind !== 'participant') throw new DomainError('unauthorized', 'Open your link again to rejoin.');
  return caller.session;
};

export const factories = {
  join: (deps: Dependencies) => route(operations.join, ({ body }) => openLink(deps, body.token), routeOptions(deps)),
  verify: (deps: Dependencies) =>
    route(
      operations.verify,
      ({ body }) =>
        verifyAndEnter(deps, body.token, 'dateOfBirth' in body ? { dateOfBirth: body.dateOfBirth } : { displayName: body.displayName }),
      routeOptions(deps),
    ),
  session: (deps: Dependencies) =>
    route(operations.session, ({ caller }) => describeSession(deps, sessionOf(caller)), routeOptions(deps)),
  deviceCheck: (deps: Dependencies) =>
    route(operations.deviceCheck, ({ caller, body }) => reportDeviceCheck(deps, sessionOf(caller), body), routeOptions(deps)),
  leave: (deps: Dependencies) =>
    route(operations.leave, ({ caller }) => leaveConsultation(deps, sessionOf(caller)), routeOptions(deps)),
  feedback: (deps: Dependencies) =>
    route(
      operations.feedback,
      ({ caller, body }) => recordFeedback(deps, sessionOf(caller), body.technicalProblems),
      routeOptions(deps),
    ),
};

/** The host hears of whoever arrives, waits, checks devices or leaves; whoever leaves loses their place in the meeting. */
export const awsAdapters: AwsAdapters = {
  events: () => import('../composition/aws-adapters/events.ts'),
  meetings: () => import('../composition/aws-adapters/meetings.ts'),
};

export const { join, verify, session, deviceCheck, leave, feedback } = onAws.all(factories, awsAdapters);
