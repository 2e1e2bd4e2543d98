import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { expect, test } from 'vitest';
import { testI18n } from '../../i18n/testing.ts';
import { ExtendLinkControl } from './ExtendLinkControl.tsx';

test('one way to extend a link: minutes (five unless changed) and one Extend button', async () => {
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={await testI18n('en')}>
      <ExtendLinkControl busy={false} maxMinutes={60} onExtend={() => undefined} />
    </I18nextProvider>,
  );
  expect(html.match(/<button/g)).toHaveLength(1);
  expect(html).toContain('>Extend</button>');
  expect(html).toContain('value="5"');
});
