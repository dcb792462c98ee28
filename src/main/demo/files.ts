// The demo's attachments: tiny photos (real PNGs, a few pixels of damp-wall grey and green) and
// short emails from residents, so the case page has files to show and the blob store has bytes.
import { deflateSync } from 'node:zlib';

export interface DemoFile {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8×8 RGB PNG shading from one colour to another, top to bottom. */
export function tinyPng(top: [number, number, number], bottom: [number, number, number]): Uint8Array {
  const size = 8;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, no interlace
  const raw = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3);
    for (let x = 0; x < size; x++)
      for (let c = 0; c < 3; c++)
        raw[row + 1 + x * 3 + c] = Math.round(top[c]! + ((bottom[c]! - top[c]!) * y) / (size - 1));
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

const email = (subject: string, body: string) =>
  new TextEncoder().encode(`From: resident@example.org\nSubject: ${subject}\n\n${body}\n`);

export const DEMO_FILES: readonly DemoFile[] = [
  { fileName: 'bedroom-ceiling.png', mediaType: 'image/png', bytes: tinyPng([120, 120, 110], [40, 70, 40]) },
  { fileName: 'bathroom-wall.png', mediaType: 'image/png', bytes: tinyPng([200, 200, 190], [60, 80, 60]) },
  { fileName: 'kitchen-leak.png', mediaType: 'image/png', bytes: tinyPng([180, 170, 150], [90, 80, 70]) },
  {
    fileName: 'email-from-resident.txt',
    mediaType: 'text/plain',
    bytes: email('Still no repair', 'Nobody came again today. I took the day off work. Please call me.'),
  },
  {
    fileName: 'email-mould-photos.txt',
    mediaType: 'text/plain',
    bytes: email('Mould is back', 'The mould in my son’s bedroom is back two weeks after it was painted.'),
  },
  {
    fileName: 'email-contractor-report.txt',
    mediaType: 'text/plain',
    bytes: email(
      'Job report',
      'Attended 08:10, no answer at the door, no card left. Job returned unfinished.',
    ),
  },
];
