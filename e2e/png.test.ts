import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { colouredShare, decodePng } from './png';

/** A PNG written here, row filters chosen per row, so every filter the decoder reads is exercised. */
function encode(width: number, height: number, rgb: (x: number, y: number) => [number, number, number]) {
  const stride = width * 3;
  const rows: number[] = [];
  const pixel = (x: number, y: number, c: number) => (x < 0 || y < 0 ? 0 : (rgb(x, y)[c] as number));
  for (let y = 0; y < height; y++) {
    const filter = y % 5;
    rows.push(filter);
    for (let i = 0; i < stride; i++) {
      const x = Math.floor(i / 3);
      const c = i % 3;
      const value = pixel(x, y, c);
      const left = pixel(x - 1, y, c);
      const up = pixel(x, y - 1, c);
      const upLeft = pixel(x - 1, y - 1, c);
      const p = left + up - upLeft;
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
      const predicted = [0, left, up, (left + up) >> 1, pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft][
        filter
      ] as number;
      rows.push((value - predicted) & 0xff);
    }
  }
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, body, Buffer.alloc(4)]); // the decoder does not check CRCs
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('decodePng', () => {
  it('reads back every pixel through all five row filters', () => {
    const colour = (x: number, y: number): [number, number, number] => [
      (x * 37 + y) % 256,
      (y * 91) % 256,
      (x ^ y) % 256,
    ];
    const image = decodePng(encode(13, 11, colour));
    expect([image.width, image.height]).toEqual([13, 11]);
    for (let y = 0; y < 11; y++)
      for (let x = 0; x < 13; x++) {
        const i = (y * 13 + x) * 4;
        expect([...image.data.subarray(i, i + 4)]).toEqual([...colour(x, y), 255]);
      }
  });

  it('refuses what is not a PNG', () => {
    expect(() => decodePng(new Uint8Array(16))).toThrow(/not a PNG/);
  });
});

describe('colouredShare', () => {
  // Left half a yellow wash over white, right half black text on white: only the wash is coloured.
  const image = decodePng(encode(20, 4, (x) => (x < 10 ? [255, 236, 184] : x % 2 ? [0, 0, 0] : [255, 255, 255])));

  it.each([
    [{ x: 0, y: 0, width: 10, height: 4 }, 1],
    [{ x: 10, y: 0, width: 10, height: 4 }, 0],
    [{ x: 0, y: 0, width: 20, height: 4 }, 0.5],
    [{ x: 30, y: 0, width: 5, height: 5 }, 0],
  ])('in %o is %d', (box, share) => {
    expect(colouredShare(image, box)).toBe(share);
  });
});
