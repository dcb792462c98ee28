// The demo's landlord, so demo letters look like real ones: a fictional housing association with
// an address, contacts and a letterhead emblem (a house above a river, drawn here as a PNG).
// 0113 496 0xxx is Ofcom's range for drama (never a real number); example.org is reserved.
import { deflateSync } from 'node:zlib';
import { chunk } from './files';

export const DEMO_HOUSE_STYLE = {
  landlordName: 'Riverside Homes',
  addressLines: ['Riverside House', '12 Wharf Street', 'Northbridge', 'NB1 4RH'],
  phone: '0113 496 0000',
  email: 'complaints@riversidehomes.example.org',
  website: 'www.riversidehomes.example.org',
  signOff: 'Yours sincerely',
};

type Rgba = [number, number, number, number];
const TEAL: Rgba = [11, 110, 105, 255];
const RIVER: Rgba = [40, 120, 190, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** The emblem's colour at (x, y) on a 96×96 square: a roof, a house with a door, two waves. */
function emblem(x: number, y: number): Rgba {
  const roof = y >= 10 && y < 40 && Math.abs(x - 48) <= (y - 10) * 1.3;
  const walls = y >= 40 && y < 66 && x >= 22 && x < 74;
  const door = y >= 48 && y < 66 && x >= 42 && x < 54;
  if (door) return CLEAR;
  if (roof || walls) return TEAL;
  for (const base of [76, 87]) {
    const wave = base + 3 * Math.sin((x / 96) * 4 * Math.PI);
    if (x >= 8 && x < 88 && Math.abs(y - wave) < 2.2) return RIVER;
  }
  return CLEAR;
}

/** The demo landlord's logo: a real 96×96 RGBA PNG. */
export function demoLogoPng(): Uint8Array {
  const size = 96;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit, RGBA, no interlace
  const raw = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) raw.set(emblem(x, y), y * (1 + size * 4) + 1 + x * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
