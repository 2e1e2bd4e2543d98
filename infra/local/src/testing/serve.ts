import { installLastResort } from '../last-resort.ts';
import { type RuntimeOptions, startRuntime } from '../runtime.ts';

/**
 * The runtime in a process of its own, as `npm start` runs it (its umask, its last-resort
 * handler), for tests where a crash must be a crash: options as JSON in argv[2]; prints the URL.
 */
const options = JSON.parse(process.argv[2] ?? '{}') as RuntimeOptions;
const runtime = await startRuntime(options);
installLastResort((exitCode) => void runtime.close().finally(() => process.exit(exitCode)));
process.on('SIGTERM', () => void runtime.close().finally(() => process.exit(0)));
console.log(JSON.stringify({ url: runtime.url }));
