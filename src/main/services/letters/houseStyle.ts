// The landlord's house style for letters: one settings row shared by every computer. Null there
// means not yet set up, and letters carry the placeholder in resources/letters/house-style.json
// (which says, in the letter itself, where to set it).
import type { Kysely } from 'kysely';
import { z } from 'zod';
import shipped from '../../../../resources/letters/house-style.json';
import type { HouseStyle } from '../../../shared/letters/content';
import type { Database } from '../../db/schema';

export const HOUSE_STYLE_SETTING = 'letters.houseStyle';

export const houseStyleSchema = z.object({
  landlordName: z.string().min(1).max(160),
  addressLines: z.array(z.string().max(200)).max(8),
  phone: z.string().max(40).nullable(),
  email: z.string().max(200).nullable(),
  website: z.string().max(200).nullable(),
  signOff: z.string().min(1).max(60),
  logoSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
});

const SHIPPED: HouseStyle = houseStyleSchema.parse(shipped);

/** The house style as stored, or the placeholder when unset or damaged (a letter is never blocked by it). */
export async function readHouseStyle(db: Kysely<Database>): Promise<{ style: HouseStyle; isSet: boolean }> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('id', '=', HOUSE_STYLE_SETTING)
    .executeTakeFirst();
  try {
    const parsed = houseStyleSchema.nullable().safeParse(row ? JSON.parse(row.value) : null);
    if (parsed.success && parsed.data) return { style: parsed.data, isSet: true };
  } catch {
    // Damaged JSON: the placeholder style, as for an unset one.
  }
  return { style: SHIPPED, isSet: false };
}
