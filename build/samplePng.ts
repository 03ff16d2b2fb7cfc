import { crc32, deflateSync } from 'node:zlib';

/**
 * A small PNG drawn in code (a blue badge with a white spanner-like bar), so that samples and tests have a real
 * logo without a binary file in the repository.
 */
export function logoPng(width = 96, height = 48): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rows = Array.from({ length: height }, (_, y) =>
    Buffer.concat([
      Buffer.from([0]),
      ...Array.from({ length: width }, (_, x) => {
        const bar = Math.abs(y - height / 2) < height / 8 && x > width / 5 && x < (width * 4) / 5;
        const ring = (x - width / 5) ** 2 + (y - height / 2) ** 2 < (height / 3) ** 2;
        return Buffer.from(bar || ring ? [0xff, 0xff, 0xff] : [0x1f, 0x4e, 0xa8]);
      }),
    ]),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
