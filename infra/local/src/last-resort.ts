import { logger } from '@clinicall/functions/logger';

/**
 * What no request, socket or timer handled. A rejected promise nobody awaited leaves nothing
 * half-done: it is logged with its context and the runtime serves on. A thrown error that
 * reached the event loop may have left anything half-done: it is logged, and the runtime
 * stops cleanly (data on disk is safe; a restart re-arms every timer).
 */
export const installLastResort = (stop: (exitCode: number) => void): void => {
  process.on('unhandledRejection', (reason) => {
    logger.error('unhandled rejection; serving on', { error: reason });
  });
  process.on('uncaughtException', (error, origin) => {
    logger.critical('unexpected error; stopping', { error, origin });
    stop(1);
  });
};
