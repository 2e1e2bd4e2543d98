import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningClinicall {
  readonly url: string;
  readonly dataDir: string;
  readonly output: () => string;
  /** Ctrl-C, as a user would; resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const root = new URL('../..', import.meta.url).pathname;

/**
 * The environment without vitest's NODE_ENV=test: with it, a web app rebuilt on start would be
 * React's development build (bigger, slower, and not what patients get).
 */
const asNpmStartWould = (): NodeJS.ProcessEnv => {
  const { NODE_ENV: _test, ...rest } = process.env;
  return rest;
};

/** Starts Clinicall the way `npm start` does, on a free port and a fresh data directory. */
export const startClinicall = async (
  env: Record<string, string> = {},
  dataDir?: string,
): Promise<RunningClinicall> => {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'clinicall-e2e-')));
  // One process (no tsx wrapper), so a signal reaches the runtime itself, even SIGKILL.
  const child: ChildProcess = spawn(join(root, 'node_modules/.bin/node'), ['--import', 'tsx', 'infra/local/src/main.ts'], {
    cwd: root,
    env: { ...asNpmStartWould(), PORT: '0', CLINICALL_DATA_DIR: dir, CLINICALL_LOG_LEVEL: 'WARN', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Clinicall did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`Clinicall exited with ${code}:\n${output}`)));
  });
  return {
    url,
    dataDir: dir,
    output: () => output,
    stop: (signal = 'SIGINT') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      }),
  };
};

export const removeDataDir = (dir: string) => rm(dir, { recursive: true, force: true });
