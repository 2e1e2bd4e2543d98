import { writeFile } from 'node:fs/promises';

/**
 * A camera's picture as a Y4M file Chromium plays in a loop: 160×120 at 10 frames a second, its
 * brightness changing from frame to frame so every frame is new to the encoder.
 */
export const writeSmallCamera = async (path: string, { width = 160, height = 120, fps = 10, frames = 30 } = {}) => {
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const luma = width * height;
  const chroma = (width / 2) * (height / 2);
  const parts: Buffer[] = [header];
  for (let i = 0; i < frames; i++) {
    parts.push(Buffer.from('FRAME\n'));
    const frame = Buffer.alloc(luma + 2 * chroma, 128);
    frame.fill(40 + ((i * 6) % 180), 0, luma);
    parts.push(frame);
  }
  await writeFile(path, Buffer.concat(parts));
};
