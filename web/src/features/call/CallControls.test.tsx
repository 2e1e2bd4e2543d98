import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { expect, test } from 'vitest';
import type { Language } from '../../i18n/languages.ts';
import { testI18n } from '../../i18n/testing.ts';
import { CallControls } from './CallControls.tsx';
import type { ControlsMedia } from './use-call-controls.ts';

const nothing = () => undefined;
const actions = {
  toggleMicrophone: nothing,
  toggleCamera: nothing,
  switchCamera: nothing,
  toggleScreenShare: nothing,
};
const desktop: ControlsMedia = {
  microphoneOn: true,
  cameraOn: true,
  sharingScreen: false,
  canSwitchCamera: true,
  canShareScreen: true,
};

interface Shown {
  readonly label: string;
  readonly icon: string | undefined;
  readonly pressed: string | undefined;
}

/** The controls' buttons as a person (and a screen reader) finds them: words, picture, state. */
const buttons = async (media: Partial<ControlsMedia>, language: Language = 'en'): Promise<Shown[]> => {
  const i18n = await testI18n(language);
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <CallControls
        media={{ ...desktop, ...media }}
        actions={actions}
        onEnd={nothing}
        endLabel="End call"
        peopleOpen={false}
        peoplePanelId="people"
        onPeople={nothing}
        hidden={false}
        onFocusWithin={nothing}
      />
    </I18nextProvider>,
  );
  return [...html.matchAll(/<button([^>]*)>(.*?)<\/button>/g)].map(([, attributes = '', inner = '']) => ({
    label: inner.replace(/<[^>]*>/g, ''),
    icon: /data-icon="([^"]*)"/.exec(inner)?.[1],
    pressed: /aria-pressed="([^"]*)"/.exec(attributes)?.[1],
  }));
};
const button = async (label: string, media: Partial<ControlsMedia>, language?: Language) =>
  (await buttons(media, language)).find((shown) => shown.label === label);

test('every control has a picture and its words; only the three toggles have a pressed state', async () => {
  const shown = await buttons({});
  expect(shown.map((b) => b.label)).toEqual([
    'Mute',
    'Stop camera',
    'Switch camera',
    'Share screen',
    'People',
    'End call',
  ]);
  expect(shown.every((b) => b.icon)).toBe(true);
  expect(shown.map((b) => b.pressed)).toEqual(['false', 'false', undefined, 'false', undefined, undefined]);
});

test('Mute becomes Unmute when muted: crossed-out microphone, pressed', async () => {
  expect(await button('Mute', {})).toEqual({ label: 'Mute', icon: 'microphone', pressed: 'false' });
  expect(await button('Unmute', { microphoneOn: false })).toEqual({
    label: 'Unmute',
    icon: 'microphone-off',
    pressed: 'true',
  });
  expect(await button('Mute', { microphoneOn: false })).toBeUndefined();
});

test('Stop camera becomes Start camera when stopped: crossed-out camera, pressed', async () => {
  expect(await button('Stop camera', {})).toEqual({ label: 'Stop camera', icon: 'camera', pressed: 'false' });
  expect(await button('Start camera', { cameraOn: false })).toEqual({
    label: 'Start camera',
    icon: 'camera-off',
    pressed: 'true',
  });
  expect(await button('Stop camera', { cameraOn: false })).toBeUndefined();
});

test('Share screen becomes Stop sharing while sharing, pressed', async () => {
  expect(await button('Share screen', {})).toEqual({
    label: 'Share screen',
    icon: 'share-screen',
    pressed: 'false',
  });
  expect(await button('Stop sharing', { sharingScreen: true })).toEqual({
    label: 'Stop sharing',
    icon: 'stop-sharing',
    pressed: 'true',
  });
  expect(await button('Share screen', { sharingScreen: true })).toBeUndefined();
});

test('where the browser cannot share a screen (no getDisplayMedia, a phone), there is no Share screen', async () => {
  const labels = (await buttons({ canShareScreen: false, canSwitchCamera: false })).map((b) => b.label);
  expect(labels).toEqual(['Mute', 'Stop camera', 'People', 'End call']);
});

test('in Swedish, the toggles say what they do, as the clinic says it', async () => {
  expect((await buttons({}, 'sv')).map((b) => b.label).slice(0, 4)).toEqual([
    'Stäng av mikrofonen',
    'Stäng av kameran',
    'Byt kamera',
    'Dela skärm',
  ]);
  const switched = await buttons({ microphoneOn: false, cameraOn: false, sharingScreen: true }, 'sv');
  expect(switched.filter((b) => b.pressed === 'true').map((b) => b.label)).toEqual([
    'Slå på mikrofonen',
    'Slå på kameran',
    'Sluta dela',
  ]);
});

test('in a group consultation, Raise hand becomes Lower hand while the hand is up, pressed, in both languages', async () => {
  const handButtons = async (raised: boolean, language: Language) => {
    const i18n = await testI18n(language);
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <CallControls
          media={desktop}
          actions={actions}
          onEnd={nothing}
          endLabel="End call"
          peopleOpen={false}
          peoplePanelId="people"
          onPeople={nothing}
          hidden={false}
          onFocusWithin={nothing}
          hand={{ raised, toggle: nothing }}
        />
      </I18nextProvider>,
    );
    return [...html.matchAll(/<button([^>]*)>(.*?)<\/button>/g)]
      .filter(([, , inner = '']) => inner.includes('data-icon="hand"'))
      .map(([, attributes = '', inner = '']) => [inner.replace(/<[^>]*>/g, ''), /aria-pressed="([^"]*)"/.exec(attributes)?.[1]]);
  };
  expect(await handButtons(false, 'en')).toEqual([['Raise hand', 'false']]);
  expect(await handButtons(true, 'en')).toEqual([['Lower hand', 'true']]);
  expect(await handButtons(false, 'sv')).toEqual([['Räck upp handen', 'false']]);
  expect(await handButtons(true, 'sv')).toEqual([['Ta ner handen', 'true']]);
});
