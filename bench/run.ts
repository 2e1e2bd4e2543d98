import { benchJoinBundle } from './bundle.ts';
import { benchCall } from './call.ts';
import { benchGroupAdmission } from './group-admission.ts';
import { benchGroupArrival } from './group-arrival.ts';
import { benchJoinVerify } from './join-verify.ts';
import { benchLambdaBundles } from './lambda-bundles.ts';
import { benchLambdaContents } from './lambda-contents.ts';

/**
 * `npm run bench`: figures as ratios to a baseline measured in the same run, since these
 * machines are shared and noisy. Reported, never asserted.
 */
const benches: [string, () => Promise<string>][] = [
  ['join-verify', benchJoinVerify],
  ['group-arrival', benchGroupArrival],
  ['group-admission', benchGroupAdmission],
  ['call', benchCall],
  ['join-bundle', benchJoinBundle],
  ['lambda-bundles', benchLambdaBundles],
  ['lambda-contents', benchLambdaContents],
];

const only = process.argv.slice(2);
for (const [name, bench] of benches) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n== ${name}`);
  console.log(await bench());
}
