/** Pictures for the underlay tests, made here: PNG and JPEG, and hostile variants of them. */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

/**
 * A white picture with black marks: vertical bars (`bars`, x of each, 4 px wide, full height)
 * and filled boxes. Used as a floor plan whose distances are known in pixels.
 */
export function planPicture(
  width: number,
  height: number,
  marks: { bars?: number[]; boxes?: { x: number; y: number; w: number; h: number }[] } = {},
): PNG {
  const png = new PNG({ width, height });
  png.data.fill(255);
  const black = (x: number, y: number) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const i = (y * width + x) * 4;
    png.data[i] = png.data[i + 1] = png.data[i + 2] = 0;
  };
  for (const bx of marks.bars ?? []) for (let y = 0; y < height; y++) for (let x = bx - 2; x < bx + 2; x++) black(x, y);
  for (const b of marks.boxes ?? []) for (let y = b.y; y < b.y + b.h; y++) for (let x = b.x; x < b.x + b.w; x++) black(x, y);
  return png;
}

export const pngBytes = (png: PNG): Buffer => PNG.sync.write(png);

export function jpegBytes(png: PNG, comment?: string): Buffer {
  return jpeg.encode({ width: png.width, height: png.height, data: png.data, ...(comment ? { comments: [comment] } : {}) }, 90)
    .data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A PNG chunk with a correct CRC, so decoders accept it. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A valid PNG with a tEXt chunk after IHDR (signature 8 + IHDR chunk 25 bytes). */
export function withTextChunk(png: Buffer, keyword: string, text: string): Buffer {
  const chunk = pngChunk('tEXt', Buffer.from(`${keyword}\0${text}`, 'latin1'));
  return Buffer.concat([png.subarray(0, 33), chunk, png.subarray(33)]);
}

/** A PNG header alone claiming a size, with no pixel data behind it. */
export function pngHeaderClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr)]);
}
