// The post run's letters: issued, going by post (or post and email), issued within the range and
// not deleted — in print order (issue date, then case reference, then when drafted).
import type { Kysely } from 'kysely';
import type { PostLetter, PostList, PostShow } from '../../../../shared/contract/post';
import { LETTER_TYPE_LABELS, type LetterMethod } from '../../../../shared/letters/letterTypes';
import { addresseeSchema, parseStored } from '../../../../shared/letters/stored';
import type { Database } from '../../../db/schema';
import type { ServiceContext } from '../../../store/context';

export interface PostRange {
  from: string;
  to: string;
}

function postRows(db: Kysely<Database>, range: PostRange) {
  return db
    .selectFrom('letters as l')
    .innerJoin('cases as c', 'c.id', 'l.case_id')
    .leftJoin('residents as r', 'r.id', 'c.resident_id')
    .leftJoin('people as p', 'p.id', 'l.posted_by')
    .select([
      'l.id',
      'l.case_id',
      'l.type',
      'l.method',
      'l.issued_on',
      'l.posted_on',
      'l.sha256',
      'l.file_name',
      'l.addressee',
      'l.copy_to',
      'c.reference',
      'r.name as resident_name',
      'p.name as posted_by_name',
    ])
    .where('l.status', '=', 'issued')
    .where('l.method', 'in', ['post', 'both'])
    .where('l.deleted_at', 'is', null)
    .where('l.issued_on', '>=', range.from)
    .where('l.issued_on', '<=', range.to)
    .orderBy('l.issued_on')
    .orderBy('c.reference')
    .orderBy('l.created_at')
    .orderBy('l.id');
}

type Row = Awaited<ReturnType<ReturnType<typeof postRows>['execute']>>[number];

/** A post letter with the fingerprint of its issued file (for the export). */
export interface PostLetterWithFile extends PostLetter {
  sha256: string | null;
}

function toPostLetter(r: Row): PostLetterWithFile {
  const addressee = parseStored(addresseeSchema, r.addressee);
  return {
    id: r.id,
    caseId: r.case_id,
    reference: r.reference,
    residentName: r.resident_name,
    // An issued letter always records who it went to; a damaged value still lists the letter.
    addresseeName: addressee?.name ?? r.resident_name ?? '(no addressee recorded)',
    addressLines: addressee?.addressLines ?? [],
    copyTo: r.copy_to,
    type: r.type,
    label: LETTER_TYPE_LABELS[r.type] ?? r.type,
    method: r.method as LetterMethod,
    issuedOn: r.issued_on!,
    postedOn: r.posted_on,
    postedBy: r.posted_by_name,
    fileName: r.file_name,
    sha256: r.sha256,
  };
}

export async function postLetters(
  db: Kysely<Database>,
  range: PostRange,
  show: PostShow,
): Promise<PostLetterWithFile[]> {
  let q = postRows(db, range);
  if (show === 'unposted') q = q.where('l.posted_on', 'is', null);
  if (show === 'posted') q = q.where('l.posted_on', 'is not', null);
  return (await q.execute()).map(toPostLetter);
}

export async function listPost(
  ctx: ServiceContext,
  input: PostRange & { show: PostShow },
): Promise<PostList> {
  const all = await postLetters(ctx.db, input, 'all');
  const posted = all.filter((l) => l.postedOn !== null).length;
  const shown = all
    .filter((l) => input.show === 'all' || (input.show === 'posted') === (l.postedOn !== null))
    .map(({ sha256: _sha256, ...l }) => l);
  return {
    from: input.from,
    to: input.to,
    show: input.show,
    letters: shown,
    counts: { total: all.length, posted, unposted: all.length - posted },
  };
}
