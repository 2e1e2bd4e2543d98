import { Logger } from '@aws-lambda-powertools/logger';

/**
 * The one logger. Never log events, bodies, tokens or patient details: log ids and outcomes.
 */
export const logger = new Logger({ serviceName: 'clinicall' });
