import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const repository = new URL('../../', import.meta.url);
const { scripts } = JSON.parse(readFileSync(new URL('package.json', repository), 'utf8')) as {
  scripts: Record<string, string>;
};
const readme = readFileSync(new URL('README.md', repository), 'utf8');

/**
 * What the shell runs for a documented `npm run <script> -- <arguments>`: npm puts the arguments
 * after the script's last command, which is the one that deploys.
 */
const expand = (command: string) => {
  const [, script, rest] = /^npm run (\S+)(?: -- (.*))?$/.exec(command)!;
  const body = scripts[script!];
  expect(body, `package.json has no "${script}" script`).toBeDefined();
  return `${body} ${rest ?? ''}`.trim();
};
const approvalsOf = (command: string) =>
  [...command.matchAll(/--require-approval[ =](\S+)/g)].map(([, level]) => level);
const documentedDeploys = [...readme.matchAll(/`(npm run deploy[^`]*)`/g)].map(([, command]) => command!);

describe('the deploy commands', () => {
  it('stop for a person to approve IAM broadening', () => {
    expect(approvalsOf(scripts.deploy!)).toEqual(['broadening']);
  });

  it('let a pipeline deploy without a prompt, through the command the README names', () => {
    const pipeline = documentedDeploys.filter((command) => command.startsWith('npm run deploy:pipeline'));
    expect(pipeline).not.toEqual([]);
    for (const command of pipeline) expect(approvalsOf(expand(command)), command).toEqual(['never']);
  });

  it('each pass --require-approval once as the README writes them: the CDK CLI refuses it twice', () => {
    expect(documentedDeploys.length).toBeGreaterThanOrEqual(2);
    for (const command of documentedDeploys) expect(approvalsOf(expand(command)), command).toHaveLength(1);
  });
});
