import { cameraLost, whenVisibleAgain } from './camera-restore.ts';
import { listCameras, openOtherCamera, reopenCamera } from './camera-switch.ts';
import { stopLocalMedia } from './local-media.ts';
import type { LocalMediaState, MediaProblem, PeerMediaState, SelfDescription } from './media-session.ts';
import { canShareScreen as screenSharingSupported, captureScreen } from './screen-share.ts';

/**
 * This person's microphone, camera and shared screen, for any media implementation: it keeps
 * what should be sent (`audio`, `video`, `screen`) and says when that changes, so the
 * implementation can swap the tracks it sends (RTCRtpSender.replaceTrack: no renegotiation).
 * A shared screen goes beside the camera, not instead of it.
 */
export class LocalTracks {
  private microphone: MediaStreamTrack | undefined;
  private camera: MediaStreamTrack | undefined;
  private screen: MediaStreamTrack | undefined;
  private cameraDevice: string | undefined;
  private cameraCount = 0;
  /** One change of devices at a time (a second tap waits for the first). */
  private queue: Promise<void> = Promise.resolve();
  private stopWatching: (() => void) | undefined;
  private stopped = false;
  microphoneOn = false;
  cameraOn = false;
  problem: MediaProblem | undefined;
  /** The self view: the camera. A new object when it changes. */
  stream: MediaStream | undefined;
  private shownScreen: MediaStream | undefined;

  constructor(private readonly changed: () => void) {}

  /** Takes over the started camera and microphone. */
  adopt(stream: MediaStream): void {
    this.microphone = stream.getAudioTracks()[0];
    this.microphoneOn = !!this.microphone?.enabled;
    this.useCamera(stream.getVideoTracks()[0]);
    this.cameraOn = !!this.camera;
    this.stopWatching = whenVisibleAgain(() => void this.restoreCamera());
    void listCameras().then((cameras) => {
      this.cameraCount = cameras.length;
      this.publish();
    });
    this.publish();
  }

  /** What to send now: nothing while muted or off. */
  get audio(): MediaStreamTrack | null {
    return (this.microphoneOn && this.microphone) || null;
  }

  get video(): MediaStreamTrack | null {
    return (this.cameraOn && this.camera) || null;
  }

  /** The microphone itself, muted or not (a new room's media takes it as it is). */
  get microphoneTrack(): MediaStreamTrack | undefined {
    return this.microphone;
  }

  /** The shared screen, sent beside the camera. */
  get screenTrack(): MediaStreamTrack | null {
    return this.screen ?? null;
  }

  get sharingScreen(): boolean {
    return !!this.screen;
  }

  get canSwitchCamera(): boolean {
    return this.cameraCount > 1;
  }

  readonly canShareScreen = screenSharingSupported();

  /** For this person's controls. */
  state(videoPaused: boolean): LocalMediaState {
    const { microphoneOn, cameraOn, sharingScreen, canSwitchCamera, canShareScreen, problem } = this;
    return { microphoneOn, cameraOn, sharingScreen, videoPaused, canSwitchCamera, canShareScreen, problem };
  }

  /** For the others' tiles. */
  describe(poorConnection: boolean, self: SelfDescription | undefined): PeerMediaState {
    const { microphoneOn, cameraOn, sharingScreen } = this;
    return { microphoneOn, cameraOn, sharingScreen, poorConnection, name: self?.name, role: self?.role };
  }

  /** The self view of the shared screen. A new object when it changes. */
  get screenStream(): MediaStream | undefined {
    if (!this.screen) return (this.shownScreen = undefined);
    if (this.shownScreen?.getVideoTracks()[0] !== this.screen) this.shownScreen = new MediaStream([this.screen]);
    return this.shownScreen;
  }

  setMicrophone(on: boolean): void {
    if (!this.microphone) return this.fail('no-microphone');
    this.microphone.enabled = on;
    this.microphoneOn = on;
    this.publish();
  }

  /** Off stops the camera (its light goes out); on opens it again. */
  setCamera(on: boolean): Promise<void> {
    return this.serially(async () => {
      this.cameraOn = on;
      if (!on) this.useCamera(undefined);
      else if (cameraLost(this.camera)) this.useCamera(await reopenCamera(this.cameraDevice));
    }, 'camera-failed');
  }

  switchCamera(): Promise<void> {
    return this.serially(async () => {
      if (!this.cameraOn) return;
      const current = this.camera?.getSettings() ?? { deviceId: this.cameraDevice };
      this.useCamera(undefined);
      this.useCamera((await openOtherCamera(current)) ?? (await reopenCamera(this.cameraDevice)));
    }, 'switch-failed');
  }

  /** The screen goes beside the camera; the camera carries on. */
  shareScreen(on: boolean): Promise<void> {
    return this.serially(async () => {
      if (on && !this.screen) {
        const screen = await captureScreen(() => void this.shareScreen(false)).catch((error: unknown) => {
          // Cancelled in the browser's picker: nothing to say.
          if (error instanceof DOMException && error.name === 'NotAllowedError') return undefined;
          throw error;
        });
        if (!screen) return;
        if (this.stopped) return screen.stop();
        this.screen = screen;
        this.publish();
      } else if (!on && this.screen) {
        const screen = this.screen;
        this.screen = undefined;
        screen.stop();
        this.publish();
      }
    }, on ? 'share-failed' : 'share-stop-failed');
  }

  /** After the page was hidden: the camera comes back if it was lost meanwhile. */
  restoreCamera(): Promise<void> {
    return this.serially(async () => {
      if (!this.cameraOn || !cameraLost(this.camera)) return;
      this.useCamera(await reopenCamera(this.cameraDevice));
    }, 'camera-lost');
  }

  stop(): void {
    this.stopped = true;
    this.stopWatching?.();
    stopLocalMedia(this.stream);
    [this.microphone, this.camera, this.screen].forEach((track) => track?.stop());
    this.microphone = this.camera = this.screen = this.stream = undefined;
  }

  private useCamera(track: MediaStreamTrack | undefined) {
    if (this.camera && this.camera !== track) this.camera.stop();
    if (this.stopped) return track?.stop();
    this.camera = track;
    if (track) {
      this.cameraDevice = track.getSettings().deviceId ?? this.cameraDevice;
      // Taken away while the page is visible (another app, unplugged): open it again.
      track.addEventListener('ended', () => {
        if (this.camera === track && document.visibilityState === 'visible') void this.restoreCamera();
      });
    }
    this.publish();
  }

  private serially(change: () => Promise<void>, problem: MediaProblem): Promise<void> {
    const run = this.queue.then(async () => {
      if (this.stopped) return;
      try {
        this.problem = undefined;
        await change();
      } catch {
        this.fail(problem);
      }
    });
    this.queue = run;
    return run;
  }

  private fail(problem: MediaProblem) {
    this.problem = problem;
    this.publish();
  }

  private publish() {
    if (this.stopped) return;
    const video = this.video;
    const shown = this.stream?.getVideoTracks()[0];
    if (shown !== (video ?? undefined)) this.stream = new MediaStream(video ? [video] : []);
    this.changed();
  }
}
