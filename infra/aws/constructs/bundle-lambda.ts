import { bundleLambda } from './lambda-bundle.ts';

/** `node --import tsx bundle-lambda.ts <entry> <output directory>`: one function's code (lambda-bundle.ts). */
const [entry, outputDirectory] = process.argv.slice(2);
if (!entry || !outputDirectory) {
  console.error('usage: bundle-lambda.ts <entry> <output directory>');
  process.exit(2);
}
await bundleLambda(entry, outputDirectory);
