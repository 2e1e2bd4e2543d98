import { operations } from '@clinicall/shared';
import { staffClaims, startTestApi, type TestApi } from '../functions/src/testing/api.ts';
import { type Member, openGroup } from '../functions/src/testing/group.ts';
import { concurrently, ms, percentile, ratio, table } from './stats.ts';

const size = 60;
const rounds = 3;
const alone = 20;
const host = staffClaims(['clinician'], 'bench-group-host');

/** Counts the store's requests as the document client sends them (every table): writes, and reads of any kind. */
const countRequests = (api: TestApi) => {
  const counter = { writes: 0, reads: 0, itemsRead: 0 };
  api.dynamo.db.middlewareStack.add(
    (next, context) => async (args) => {
      const write = /^(Put|Update|Delete|BatchWrite|TransactWrite)/.test(context.commandName ?? '');
      if (write) counter.writes++;
      else counter.reads++;
      const answer = await next(args);
      const output = answer.output as { Items?: unknown[]; Item?: unknown };
      if (!write) counter.itemsRead += output.Items?.length ?? (output.Item ? 1 : 0);
      return answer;
    },
    { step: 'initialize', name: 'countStoreWrites' },
  );
  return counter;
};

/** One person's arrival: open the link, prove the date of birth, and see themselves waiting. */
const arrive = async (api: TestApi, { token, dateOfBirth }: Member) => {
  const joined = await api.call(operations.join, { json: { token } });
  const verified = await api.call(operations.verify, { json: { token, dateOfBirth } });
  const session = (verified.json as { session?: string } | undefined)?.session;
  const me = session && (await api.call(operations.session, { headers: { authorization: `Bearer ${session}` } }));
  if (joined.status !== 200 || verified.status !== 200 || !me || me.status !== 200) {
    throw new Error(`arrival refused: ${joined.status} ${verified.status} ${verified.text}`);
  }
};

export const benchGroupArrival = async (): Promise<string> => {
  const api = await startTestApi('bench-group');
  const counter = countRequests(api);
  const hostId = host.sub as string;
  // Baseline: one person arriving with nobody else arriving, in a group of the same size.
  const quiet = await openGroup(api.deps, hostId, size);
  const single: number[] = [];
  for (const member of quiet.members.slice(0, alone)) single.push(...(await concurrently(1, () => arrive(api, member))));

  const burst: number[] = [];
  const apart: number[] = [];
  let writes = 0;
  let reads = 0;
  let itemsRead = 0;
  for (let round = 0; round < rounds; round++) {
    const { members } = await openGroup(api.deps, hostId, size);
    const from = { ...counter };
    burst.push(...(await concurrently(size, (i) => arrive(api, members[i]!))));
    writes += counter.writes - from.writes;
    reads += counter.reads - from.reads;
    itemsRead += counter.itemsRead - from.itemsRead;
    // The same load with nothing shared: as many people at once, each in a consultation of their own.
    const strangers = await Promise.all(Array.from({ length: size }, () => openGroup(api.deps, hostId, 1)));
    apart.push(...(await concurrently(size, (i) => arrive(api, strangers[i]!.members[0]!))));
  }
  await api.close();
  const [aloneP50, aloneP99, burstP50, burstP99] = [percentile(single, 50), percentile(single, 99), percentile(burst, 50), percentile(burst, 99)];
  const [apartP50, apartP99] = [percentile(apart, 50), percentile(apart, 99)];
  return [
    `${size} people of one group open their link, prove their date of birth and wait, all at once × ${rounds} rounds (target ≤ 2× p99)`,
    table([
      ['', 'p50', 'p99'],
      ['one person arriving alone (baseline)', ms(aloneP50), ms(aloneP99)],
      [`${size} arriving at once`, ms(burstP50), ms(burstP99)],
      ['ratio', ratio(burstP50, aloneP50), ratio(burstP99, aloneP99)],
      [`${size} at once, each in their own consultation`, ms(apartP50), ms(apartP99)],
      ['ratio of the group to them (what sharing one consultation costs)', ratio(burstP50, apartP50), ratio(burstP99, apartP99)],
    ]),
    'Everything runs in this one process against one dynalite: sixty at once queue for the CPU whatever the store does.',
    `store writes per arrival: ${(writes / (size * rounds)).toFixed(2)}; reads: ${(reads / (size * rounds)).toFixed(2)}, items read: ${(itemsRead / (size * rounds)).toFixed(2)} (open the link, prove the date of birth, see themselves waiting)`,
  ].join('\n');
};
