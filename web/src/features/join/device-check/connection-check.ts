import { patientPaths } from '../../../api/paths.ts';
import { getApiBase } from '../../../api/request.ts';

const tries = 4;
const timeoutMs = 4000;

/** One timed GET /api/health; undefined when it fails or takes longer than 4 s. */
const roundTrip = async (): Promise<number | undefined> => {
  const started = performance.now();
  try {
    const response = await fetch(`${getApiBase()}${patientPaths.health}`, { cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.ok ? performance.now() - started : undefined;
  } catch {
    return undefined;
  }
};

/**
 * A few round trips to the service, one after another (a first one also opens the connection);
 * `results` fills as they come, for someone who goes on before the end.
 */
export const measureRoundTrips = async (results: (number | undefined)[] = []): Promise<(number | undefined)[]> => {
  if (!navigator.onLine) return [undefined];
  await roundTrip();
  for (let i = 0; i < tries; i += 1) results.push(await roundTrip());
  return results;
};
