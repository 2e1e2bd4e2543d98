import { writeFile } from 'node:fs/promises';
import full from 'libphonenumber-js/metadata.min.json';
import { countries } from '../shared/src/country.ts';
import { phoneMetadataFor } from '../shared/src/phone-metadata-subset.ts';

/** `npm run phone-metadata`: rewrites shared/src/phone-metadata.json after libphonenumber-js is upgraded. */
const file = new URL('../shared/src/phone-metadata.json', import.meta.url);
await writeFile(file, `${JSON.stringify(phoneMetadataFor(full, countries))}\n`);
console.log(`Wrote ${file.pathname} for local numbers in ${countries.join(', ')}.`);
