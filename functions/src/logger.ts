import { Console } from 'node:console';
import { sourceStack } from './source-stack.ts';

/**
 * The one logger: one JSON line per entry, as CloudWatch Logs Insights reads it (the field names
 * of Powertools' logger: level, message, timestamp, service, xray_trace_id). Never log events,
 * bodies, tokens or patient details: log ids and outcomes.
 *
 * Written here rather than taken from a package: a logging library is the largest part every
 * function loads at a cold start after the SDK and zod, and these few lines are all it is used for.
 */
const levels = { DEBUG: 8, INFO: 12, WARN: 16, ERROR: 20, CRITICAL: 24, SILENT: 28 } as const;
export type LogLevel = keyof typeof levels;

type Extra = Readonly<Record<string, unknown>>;

const isLevel = (value: string | undefined): value is LogLevel => value !== undefined && Object.hasOwn(levels, value);

/** CLINICALL_LOG_LEVEL, else Lambda's own (AWS_LAMBDA_LOG_LEVEL), else INFO. */
const configuredLevel = (env: NodeJS.ProcessEnv): LogLevel => {
  const wanted = (env.CLINICALL_LOG_LEVEL ?? env.AWS_LAMBDA_LOG_LEVEL)?.toUpperCase();
  return isLevel(wanted) ? wanted : 'INFO';
};

/** The trace of the request being served, when X-Ray traces the function. */
const traceId = (env: NodeJS.ProcessEnv) => /Root=([^;]+)/.exec(env._X_AMZN_TRACE_ID ?? '')?.[1];

/** An error as data: its kind, where it was thrown, its message, stack (pointing at the source) and cause. */
const errorAsData = (error: Error): Record<string, unknown> => {
  const stack = sourceStack(error.stack);
  return {
    name: error.name,
    location: /\n\s+at (?:.*\((.+)\)|(.+))/.exec(stack ?? '')?.slice(1).find(Boolean) ?? '',
    message: error.message,
    stack,
    ...(error.cause !== undefined && { cause: error.cause instanceof Error ? errorAsData(error.cause) : error.cause }),
  };
};

/** JSON that never throws: errors as data, big integers as text, a value met again (a cycle) as a mark. */
const safeJson = (entry: Record<string, unknown>): string => {
  const seen = new WeakSet<object>();
  return JSON.stringify(entry, (_key, value: unknown) => {
    if (typeof value === 'bigint') return value.toString();
    if (value instanceof Error) return errorAsData(value);
    if (typeof value === 'object' && value !== null) {
      if (seen.has(value)) return '[Circular]';
      seen.add(value);
    }
    return value;
  });
};

export class Logger {
  /** Its own console on the process's streams: Lambda's patched global console would prefix every line. */
  readonly console = new Console({ stdout: process.stdout, stderr: process.stderr });
  private readonly keys = new Map<string, unknown>();
  private readonly level: LogLevel;

  constructor(
    private readonly service: string,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.level = configuredLevel(env);
  }

  debug(message: string, extra?: Extra): void {
    this.write('DEBUG', message, extra);
  }

  info(message: string, extra?: Extra): void {
    this.write('INFO', message, extra);
  }

  warn(message: string, extra?: Extra): void {
    this.write('WARN', message, extra);
  }

  error(message: string, extra?: Extra): void {
    this.write('ERROR', message, extra);
  }

  critical(message: string, extra?: Extra): void {
    this.write('CRITICAL', message, extra);
  }

  /** Keys on every line from now on (until removed), such as the viewer's address during one request. */
  appendKeys(keys: Extra): void {
    for (const [key, value] of Object.entries(keys)) this.keys.set(key, value);
  }

  removeKeys(keys: readonly string[]): void {
    for (const key of keys) this.keys.delete(key);
  }

  private write(level: LogLevel, message: string, extra: Extra = {}) {
    if (levels[level] < levels[this.level]) return;
    const trace = traceId(this.env);
    const line = safeJson({
      level,
      message,
      timestamp: new Date().toISOString(),
      service: this.service,
      ...(trace && { xray_trace_id: trace }),
      ...Object.fromEntries(this.keys),
      ...extra,
    });
    if (level === 'DEBUG') this.console.debug(line);
    else if (level === 'INFO') this.console.info(line);
    else if (level === 'WARN') this.console.warn(line);
    else this.console.error(line);
  }
}

export const logger = new Logger('clinicall');
