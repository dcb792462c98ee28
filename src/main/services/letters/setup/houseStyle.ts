// Setting up the house style: one settings row (letters.houseStyle) written through the recorder,
// so it syncs like any setting. The logo's bytes are kept in the blob store under their SHA-256
// and only the hash goes in the row; sync carries the file (sync/blobs.ts reads it from there).
import type { z } from 'zod';
import { AppError } from '../../../../shared/contract/errors';
import type { HouseStyleView, SetHouseStyleInput } from '../../../../shared/contract/letterSetup';
import type { HouseStyle } from '../../../../shared/letters/content';
import { logoMediaType, logoProblem } from '../../../../shared/letters/logo';
import { readVerifiedBlob, saveBlob } from '../../../store/blobStore';
import { type ServiceContext, within, write } from '../../../store/context';
import { HOUSE_STYLE_SETTING, houseStyleSchema, readHouseStyle } from '../houseStyle';

type Input = z.output<typeof SetHouseStyleInput>;

/** The logo's bytes: from this computer, or fetched from the share when it has not arrived yet. */
async function logoBytes(ctx: ServiceContext, sha256: string): Promise<Uint8Array | null> {
  const here = readVerifiedBlob(ctx.dataDir, sha256);
  if (typeof here !== 'string') return here;
  return (await ctx.sync?.fetchBlob(sha256).catch(() => null)) ?? null;
}

/** The house style as Settings shows it: the fields, the logo itself, and whether it has been set up. */
export async function houseStyleView(ctx: ServiceContext): Promise<HouseStyleView> {
  const { style, isSet } = await readHouseStyle(ctx.db);
  const bytes = style.logoSha256 ? await logoBytes(ctx, style.logoSha256) : null;
  const mediaType = bytes ? logoMediaType(bytes) : null;
  return {
    ...style,
    logo: bytes && mediaType ? { mediaType, bytes: Buffer.from(bytes).toString('base64') } : null,
    isSet,
  };
}

/** The logo the new style carries: a new file checked and kept, none, or the one there is. */
function logoFor(ctx: ServiceContext, input: Input, current: HouseStyle, isSet: boolean): string | null {
  if (input.logo === null) return null;
  if (input.logo === undefined) return isSet ? current.logoSha256 : null;
  const bytes = Buffer.from(input.logo.bytes, 'base64');
  const problem = logoProblem(input.logo.fileName, bytes);
  if (problem) throw new AppError('VALIDATION', problem, { issues: [{ path: 'logo', message: problem }] });
  // Kept before the row names it: a file no row names is harmless, a row naming no file is not.
  return saveBlob(ctx.dataDir, bytes);
}

export async function setHouseStyle(ctx: ServiceContext, input: Input): Promise<HouseStyleView> {
  const { style: current, isSet } = await readHouseStyle(ctx.db);
  const logoSha256 = logoFor(ctx, input, current, isSet);
  const style: HouseStyle = houseStyleSchema.parse({
    landlordName: input.landlordName,
    addressLines: input.addressLines,
    phone: input.phone ?? null,
    email: input.email ?? null,
    website: input.website ?? null,
    signOff: input.signOff,
    logoSha256,
  });
  return write(ctx, async (w) => {
    const before = await w.tx
      .selectFrom('settings')
      .selectAll()
      .where('id', '=', HOUSE_STYLE_SETTING)
      .executeTakeFirst();
    if (!before)
      throw new AppError('INTERNAL', `The setting ${HOUSE_STYLE_SETTING} is missing from this case store.`);
    const value = JSON.stringify(style);
    if (value !== before.value) {
      await w.changes.updated('setting', HOUSE_STYLE_SETTING, before, { value });
      await w.tx
        .updateTable('settings')
        .set({ value, updated_at: w.at })
        .where('id', '=', HOUSE_STYLE_SETTING)
        .execute();
    }
    return houseStyleView(within(ctx, w));
  });
}
