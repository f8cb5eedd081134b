/**
 * A floor-plan picture the officer picked, made safe to keep and show: its kind is read from its
 * bytes (never from the file name), its size is checked against UNDERLAY_LIMITS from the header
 * before anything is decoded, then it is decoded and encoded afresh (pngjs, jpeg-js: pure
 * JavaScript). What the library keeps and the renderer gets is only pixels written by us — no
 * text chunks, no EXIF, nothing appended after the image, whatever the file carried.
 */
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import { UNDERLAY_LIMITS, UNDERLAY_MAX_BYTES } from '../../shared/model/limits';
import { megabytes } from './plan-file';
import { StoreError } from './plan-store';

export type ImageMime = 'image/png' | 'image/jpeg';

export interface ImageHeader {
  mime: ImageMime;
  width: number;
  height: number;
}

export interface CleanImage extends ImageHeader {
  bytes: Buffer;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** JPEG quality of a re-encoded photo or scan: lines of a floor plan stay sharp. */
const JPEG_QUALITY = 92;

/** A PDF, whose first page pdf-raster.ts draws as a PNG before it comes here. */
export const isPdf = (bytes: Buffer): boolean => bytes.subarray(0, 5).toString('latin1') === '%PDF-';

/** The picture's kind and pixel size from its first bytes; undefined for anything else. */
export function imageHeader(bytes: Buffer): ImageHeader | undefined {
  if (bytes.length >= 24 && bytes.subarray(0, 8).equals(PNG_SIGNATURE) && bytes.toString('latin1', 12, 16) === 'IHDR') {
    return { mime: 'image/png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) return jpegHeader(bytes);
  return undefined;
}

/** Walks the JPEG's segments to its frame header (SOFn), which holds the size. */
function jpegHeader(bytes: Buffer): ImageHeader | undefined {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const standalone = marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9);
    if (standalone) {
      at += 2;
      continue;
    }
    const length = bytes.readUInt16BE(at + 2);
    const frame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (frame && at + 9 <= bytes.length) {
      return { mime: 'image/jpeg', height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    }
    at += 2 + length;
  }
  return undefined;
}

/** Refuses a picture past a limit, naming the limit; passes the header of one within them. */
export function checkImage(bytes: Buffer, file: string): ImageHeader {
  if (bytes.length > UNDERLAY_MAX_BYTES) {
    throw new StoreError('underlayTooLarge', { file, size: megabytes(bytes.length), max: megabytes(UNDERLAY_MAX_BYTES) });
  }
  const header = imageHeader(bytes);
  if (!header) throw new StoreError('underlayNotImage', { file });
  const { width, height } = header;
  const tooBig =
    width < 1 ||
    height < 1 ||
    width > UNDERLAY_LIMITS.side ||
    height > UNDERLAY_LIMITS.side ||
    width * height > UNDERLAY_LIMITS.megapixels * 1_000_000;
  if (tooBig) {
    throw new StoreError('underlayTooManyPixels', {
      file,
      width,
      height,
      side: UNDERLAY_LIMITS.side,
      megapixels: UNDERLAY_LIMITS.megapixels,
    });
  }
  return header;
}

/**
 * The picture decoded and encoded again in its own kind (PNG keeps transparency, a JPEG stays a
 * JPEG so a scanned plan does not grow tenfold). Throws a StoreError naming the file when it is
 * not a picture we read, is past a limit, or comes out past the size limit.
 */
export function reencodeImage(bytes: Buffer, file: string): CleanImage {
  const header = checkImage(bytes, file);
  let out: Buffer;
  try {
    out = header.mime === 'image/png' ? reencodePng(bytes) : reencodeJpeg(bytes);
  } catch (e) {
    throw new StoreError('underlayUnreadable', { file, problem: (e as Error).message });
  }
  if (out.length > UNDERLAY_MAX_BYTES) {
    throw new StoreError('underlayTooLarge', { file, size: megabytes(out.length), max: megabytes(UNDERLAY_MAX_BYTES) });
  }
  return { ...header, bytes: out };
}

/**
 * The PNG's own chunks, up to and with IEND: whatever a file carries after it (a polyglot's page
 * or archive, junk an editor left) is not part of the picture, and pngjs would refuse it.
 */
function pngChunks(bytes: Buffer): Buffer {
  let at = PNG_SIGNATURE.length;
  while (at + 12 <= bytes.length) {
    const end = at + 12 + bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IEND') return bytes.subarray(0, end);
    at = end;
  }
  return bytes;
}

function reencodePng(bytes: Buffer): Buffer {
  const decoded = PNG.sync.read(pngChunks(bytes), { checkCRC: true });
  // RGBA 8-bit whatever came in; only the pixels are carried over.
  return PNG.sync.write({ width: decoded.width, height: decoded.height, data: decoded.data } as PNG, {
    colorType: 6,
    inputColorType: 6,
    deflateLevel: 9,
  });
}

function reencodeJpeg(bytes: Buffer): Buffer {
  const decoded = jpeg.decode(bytes, {
    useTArray: true,
    formatAsRGBA: true,
    maxResolutionInMP: UNDERLAY_LIMITS.megapixels,
    maxMemoryUsageInMB: 1024,
  });
  return jpeg.encode({ width: decoded.width, height: decoded.height, data: decoded.data }, JPEG_QUALITY).data;
}
