import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Runtime, type RuntimeOptions, startRuntime } from '../runtime.ts';

export interface Answer<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: T;
  readonly text: string;
}

/** A client of the running local API, as a browser or an integrator would use it. */
export const apiClient = (base: string) => {
  const request = async <T = Record<string, unknown>>(
    path: string,
    init: { token?: string; json?: unknown; method?: string } = {},
  ): Promise<Answer<T>> => {
    const response = await fetch(`${base}${path}`, {
      method: init.method ?? (init.json !== undefined ? 'POST' : 'GET'),
      headers: {
        ...(init.token && { authorization: `Bearer ${init.token}` }),
        ...(init.json !== undefined && { 'content-type': 'application/json' }),
      },
      ...(init.json !== undefined && { body: JSON.stringify(init.json) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as T, text };
  };
  return {
    request,
    signIn: async (email = 'clinician@example.org', password = 'clinicall') =>
      (await request<{ token: string }>('/api/local/sign-in', { json: { email, password } })).body.token,
    /** The newest message in the outbox and the link token it carries. */
    latestLink: async (): Promise<{ to: string; body: string; token: string }> => {
      const { body } = await request<{ messages: { to: string; body: string }[] }>('/api/local/outbox');
      const message = body.messages[0]!;
      return { ...message, token: /\/join#([A-Za-z0-9_-]+)/.exec(message.body)![1]! };
    },
  };
};

export interface TestRuntime extends Runtime {
  readonly api: ReturnType<typeof apiClient>;
  readonly dataDir: string;
  restart(): Promise<TestRuntime>;
  dispose(): Promise<void>;
}

/** The local runtime on a free port and a fresh data directory. */
export const startTestRuntime = async (
  options: Partial<RuntimeOptions> = {},
  existingDataDir?: string,
): Promise<TestRuntime> => {
  const dataDir = existingDataDir ?? (await mkdtemp(join(tmpdir(), 'clinicall-test-')));
  const siteRoot = join(dataDir, 'site');
  await import('node:fs/promises').then((fs) => fs.mkdir(siteRoot, { recursive: true }));
  await writeFile(join(siteRoot, 'index.html'), '<!doctype html><title>Clinicall</title>');
  const runtime = await startRuntime({ port: 0, dataDir, siteRoot, demoPassword: 'clinicall', ...options });
  return {
    ...runtime,
    api: apiClient(runtime.url),
    dataDir,
    restart: async () => {
      await runtime.close();
      return startTestRuntime(options, dataDir);
    },
    dispose: async () => {
      await runtime.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
};

export interface RuntimeProcess {
  readonly url: string;
  readonly api: ReturnType<typeof apiClient>;
  readonly dataDir: string;
  /** Everything the process wrote to its stdout and stderr so far. */
  output(): string;
  /** Whether the process is still running. */
  running(): boolean;
  dispose(): Promise<void>;
}

/** The local runtime in a child process of its own, as `npm start` runs it. */
export const startRuntimeProcess = async (options: Partial<RuntimeOptions> = {}, existingDataDir?: string): Promise<RuntimeProcess> => {
  const { spawn } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const dataDir = existingDataDir ?? (await mkdtemp(join(tmpdir(), 'clinicall-process-')));
  const siteRoot = await mkdtemp(join(tmpdir(), 'clinicall-site-'));
  await writeFile(join(siteRoot, 'index.html'), '<!doctype html><title>Clinicall</title>');
  const script = fileURLToPath(new URL('./serve.ts', import.meta.url));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', script, JSON.stringify({ port: 0, dataDir, siteRoot, demoPassword: 'clinicall', ...options })],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CLINICALL_LOG_LEVEL: 'WARN' } },
  );
  let output = '';
  let exited = false;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve(void (exited = true))));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const line = /\{"url":"([^"]+)"\}/.exec(output);
      if (line) resolve(line[1]!);
    });
    void gone.then(() => reject(new Error(`the runtime did not start:\n${output}`)));
  });
  return {
    url,
    api: apiClient(url),
    dataDir,
    output: () => output,
    running: () => !exited,
    dispose: async () => {
      if (!exited) child.kill('SIGTERM');
      await gone;
      await rm(siteRoot, { recursive: true, force: true });
      if (!existingDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
};
