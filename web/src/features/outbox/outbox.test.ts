import { expect, test } from 'vitest';
import { splitLinks } from './outbox.ts';

test('the join link in a message becomes a link, punctuation after it does not', () => {
  expect(splitLinks('Join your video consultation: http://localhost:3000/join#abc_DEF-123. It works for 5 minutes.')).toEqual([
    { text: 'Join your video consultation: ' },
    { href: 'http://localhost:3000/join#abc_DEF-123' },
    { text: '. It works for 5 minutes.' },
  ]);
  expect(splitLinks('no links here')).toEqual([{ text: 'no links here' }]);
  expect(splitLinks('https://a.example/join#x')).toEqual([{ href: 'https://a.example/join#x' }]);
});
