// The kind and pixel size of a PNG or JPEG from its bytes: the cover prints the logo at its
// own aspect ratio, and a file that is neither is refused before it is stored. Pure (no I/O):
// reads the PNG IHDR chunk or the first JPEG start-of-frame marker.

export type RasterMime = 'image/png' | 'image/jpeg';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function imageMime(bytes: Uint8Array): RasterMime | null {
  if (bytes.length > 24 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

const u16 = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u32 = (b: Uint8Array, i: number) => u16(b, i) * 65536 + u16(b, i + 2);

/** Width and height in pixels, or null when the header cannot be read. */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | null {
  const mime = imageMime(bytes);
  if (mime === 'image/png') {
    const width = u32(bytes, 16);
    const height = u32(bytes, 20);
    return width > 0 && height > 0 ? { width, height } : null;
  }
  if (mime === 'image/jpeg') {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) return null;
      const marker = bytes[i + 1] ?? 0;
      // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        const height = u16(bytes, i + 5);
        const width = u16(bytes, i + 7);
        return width > 0 && height > 0 ? { width, height } : null;
      }
      i += 2 + u16(bytes, i + 2);
    }
  }
  return null;
}
