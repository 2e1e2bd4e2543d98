import { describe, expect, it, vi } from 'vitest';
import { obeyModeration } from './obey-moderation.ts';

const session = () => ({
  setMicrophone: vi.fn(),
  setCamera: vi.fn(() => Promise.resolve()),
  shareScreen: vi.fn(() => Promise.resolve()),
});

describe('the page obeys the host', () => {
  it('turns its microphone off when muted', () => {
    const s = session();
    obeyModeration({ type: 'media-stopped', consultationId: 'c-1', stop: 'microphone' }, s);
    expect(s.setMicrophone).toHaveBeenCalledWith(false);
    expect(s.setCamera).not.toHaveBeenCalled();
  });

  it('turns its camera and any shared screen off when its video is stopped', () => {
    const s = session();
    obeyModeration({ type: 'media-stopped', consultationId: 'c-1', stop: 'camera' }, s);
    expect(s.setCamera).toHaveBeenCalledWith(false);
    expect(s.shareScreen).toHaveBeenCalledWith(false);
    expect(s.setMicrophone).not.toHaveBeenCalled();
  });

  it('ignores every other event, and never turns anything on', () => {
    const s = session();
    obeyModeration({ type: 'consultation-changed', consultationId: 'c-1', status: 'in-progress' }, s);
    expect([s.setMicrophone, s.setCamera, s.shareScreen].every((f) => f.mock.calls.length === 0)).toBe(true);
  });
});
