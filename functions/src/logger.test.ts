import { describe, expect, it, vi } from 'vitest';
import { Logger } from './logger.ts';

/** A logger at a level, and the lines it wrote by stream method. */
const logged = (env: NodeJS.ProcessEnv) => {
  const logger = new Logger('clinicall', env);
  const lines: { method: string; entry: Record<string, unknown> }[] = [];
  for (const method of ['debug', 'info', 'warn', 'error'] as const) {
    vi.spyOn(logger.console, method).mockImplementation((line: unknown) => {
      lines.push({ method, entry: JSON.parse(String(line)) as Record<string, unknown> });
    });
  }
  return { logger, lines };
};

describe('the logger', () => {
  it('writes one JSON line per entry with level, message, time, service and the extra fields', () => {
    const { logger, lines } = logged({});
    logger.info('request refused', { operation: 'join', statusCode: 404 });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.method).toBe('info');
    expect(lines[0]!.entry).toMatchObject({ level: 'INFO', message: 'request refused', service: 'clinicall', operation: 'join', statusCode: 404 });
    expect(new Date(lines[0]!.entry.timestamp as string).toISOString()).toBe(lines[0]!.entry.timestamp);
  });

  it('writes only entries at or above the configured level, INFO when none or an unknown one is set', () => {
    const at = (env: NodeJS.ProcessEnv) => {
      const { logger, lines } = logged(env);
      logger.debug('d');
      logger.info('i');
      logger.warn('w');
      logger.error('e');
      logger.critical('c');
      return lines.map((line) => `${line.method}:${String(line.entry.level)}`);
    };
    expect(at({ CLINICALL_LOG_LEVEL: 'WARN' })).toEqual(['warn:WARN', 'error:ERROR', 'error:CRITICAL']);
    expect(at({ CLINICALL_LOG_LEVEL: 'debug' })).toEqual(['debug:DEBUG', 'info:INFO', 'warn:WARN', 'error:ERROR', 'error:CRITICAL']);
    expect(at({ AWS_LAMBDA_LOG_LEVEL: 'ERROR' })).toEqual(['error:ERROR', 'error:CRITICAL']);
    expect(at({ CLINICALL_LOG_LEVEL: 'loud' })).toEqual(['info:INFO', 'warn:WARN', 'error:ERROR', 'error:CRITICAL']);
    expect(at({ CLINICALL_LOG_LEVEL: 'SILENT' })).toEqual([]);
  });

  it('writes an error as its name, location, message, stack and cause', () => {
    const { logger, lines } = logged({});
    const error = new TypeError('no such table', { cause: new Error('underneath') });
    logger.error('request failed', { error });
    const written = lines[0]!.entry.error as Record<string, unknown>;
    expect(written).toMatchObject({ name: 'TypeError', message: 'no such table', cause: { name: 'Error', message: 'underneath' } });
    expect(written.stack).toBe(error.stack);
    expect(written.location).toMatch(/logger\.test\.ts:\d+:\d+$/);
  });

  it('never throws on what JSON cannot hold: a cycle, a big integer', () => {
    const { logger, lines } = logged({});
    const cycle: Record<string, unknown> = { id: 'c1' };
    cycle.self = cycle;
    logger.warn('odd values', { cycle, count: 10n });
    expect(lines[0]!.entry).toMatchObject({ cycle: { id: 'c1', self: '[Circular]' }, count: '10' });
  });

  it('adds kept keys to every line until they are removed, and the X-Ray trace when there is one', () => {
    const { logger, lines } = logged({ _X_AMZN_TRACE_ID: 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1' });
    logger.appendKeys({ viewer: '203.0.113.7:51234' });
    logger.warn('first');
    logger.removeKeys(['viewer']);
    logger.warn('second');
    expect(lines.map((line) => line.entry.viewer)).toEqual(['203.0.113.7:51234', undefined]);
    expect(lines[1]!.entry.xray_trace_id).toBe('1-5759e988-bd862e3fe1be46a994272793');
  });
});
