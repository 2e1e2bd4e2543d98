import { describe, expect, it } from 'vitest';
import { initialsOf } from './initials.ts';

describe('initials on a tile without a picture', () => {
  it('leave the title out and take the first and last names', () => {
    expect(initialsOf('Dr Sam Carter')).toBe('SC');
    expect(initialsOf('Prof. Ada Mary Lovelace')).toBe('AL');
    expect(initialsOf('leg. läk. Åsa Berg')).toBe('ÅB');
  });
  it('keep a one-word name, and a name that is only a title', () => {
    expect(initialsOf('alex')).toBe('A');
    expect(initialsOf('Dr')).toBe('D');
    expect(initialsOf('  ')).toBe('');
  });
});
