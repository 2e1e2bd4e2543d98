import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Linted as if it were a screen of the app, with the project's own configuration.
const screen = fileURLToPath(new URL('../ui/YesNo.tsx', import.meta.url));
const ruleErrors = async (source: string) => {
  const eslint = new ESLint({ cwd: fileURLToPath(new URL('../../../', import.meta.url)) });
  const [result] = await eslint.lintText(source, { filePath: screen });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'clinicall/no-literal-text').map((m) => m.line);
};

describe('words people read come from a catalog (lint)', () => {
  it('refuses text, read attributes and string literals written into JSX', async () => {
    const source = [
      'export const YesNo = () => (',
      '  <div title="Close">',
      '    Hello',
      "    <img alt={'A doctor'} />",
      "    {'Waiting'}",
      '  </div>',
      ');',
      '',
    ].join('\n');
    // The title, the text (its node starts right after the tag, on line 2), the alt text, the literal.
    expect(await ruleErrors(source)).toEqual([2, 2, 4, 5]);
  }, 60_000);

  it('lets catalog words, numbers, punctuation and class names through', async () => {
    const source = [
      "import { useTranslation } from 'react-i18next';",
      'export const YesNo = () => {',
      "  const { t } = useTranslation('ui');",
      '  return (',
      '    <div className="yes-no" title={t(\'yes\')}>',
      "      {t('no')} · 2 – {'/'}",
      '    </div>',
      '  );',
      '};',
      '',
    ].join('\n');
    expect(await ruleErrors(source)).toEqual([]);
  }, 60_000);
});
