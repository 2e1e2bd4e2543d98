import type { MediaCredentials } from '../../media/media-session.ts';

/** The part of a media session that moves between rooms. */
export interface RoomMedia {
  readonly room: string;
  switchRoom(room: string, credentials: MediaCredentials): Promise<void>;
}

/**
 * Keeps a call's media in the room the server says this person is in. One move at a time; a
 * person moved again while a move is under way goes straight to the latest room (the rooms in
 * between are skipped). A move that fails is reported and tried again at the next word.
 */
export class RoomFollower {
  private wanted: string | undefined;
  private moving = false;
  private stopped = false;

  constructor(
    private readonly media: RoomMedia,
    private readonly credentialsFor: (room: string) => Promise<MediaCredentials>,
    private readonly failed: (room: string, error: unknown) => void,
  ) {}

  /** The room this person is in now, by the server's word. */
  follow(room: string): void {
    this.wanted = room;
    void this.move();
  }

  stop(): void {
    this.stopped = true;
  }

  private async move() {
    if (this.moving) return;
    this.moving = true;
    try {
      while (!this.stopped && this.wanted !== undefined && this.wanted !== this.media.room) {
        const room = this.wanted;
        try {
          const credentials = await this.credentialsFor(room);
          if (this.stopped) return;
          // Moved again meanwhile: these credentials are for a room they are no longer in.
          if (this.wanted !== room) continue;
          await this.media.switchRoom(room, credentials);
        } catch (error) {
          if (!this.stopped) this.failed(room, error);
          return;
        }
      }
    } finally {
      this.moving = false;
    }
  }
}
