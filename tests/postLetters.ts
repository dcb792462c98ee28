// Issued letters for the post run's tests, until the letters service's own issue procedure is
// merged: a `letter` record written through the recorder (as issuing does), with a real DOCX made
// by the docx package kept in the store of files under its SHA-256. Tests only.
import { Document, Packer, PageBreak, Paragraph, TextRun } from 'docx';
import type { RedressApp } from '../src/main/app';
import { saveBlob } from '../src/main/store/blobStore';
import { write } from '../src/main/store/context';
import { uuidv7 } from '../src/shared/domain/ids';
import type { LetterMethod, LetterType } from '../src/shared/letters/letterTypes';

export interface TestLetter {
  caseId: string;
  type?: LetterType;
  issuedOn: string;
  method?: LetterMethod;
  addressee: { name: string; addressLines: string[] };
  copyTo?: string | null;
  /** Pages the letter runs to (each begins "Page N of <name>'s letter"). */
  pages?: number;
  /** Text put on its first page, to find it again in letters.pdf. */
  marker?: string;
}

/** A letter's DOCX: the addressee, the marker, and `pages` pages. */
export async function letterDocx(l: TestLetter): Promise<Uint8Array> {
  const pages = l.pages ?? 1;
  const children: Paragraph[] = [];
  for (let p = 1; p <= pages; p++) {
    if (p > 1) children.push(new Paragraph({ children: [new PageBreak()] }));
    children.push(new Paragraph({ children: [new TextRun(`Page ${p} of ${l.addressee.name}'s letter`)] }));
    if (p === 1) {
      for (const line of [l.addressee.name, ...l.addressee.addressLines]) children.push(new Paragraph(line));
      if (l.marker) children.push(new Paragraph(l.marker));
    }
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** Issues a letter as the letters service does, and returns its id and file's fingerprint. */
export async function issueTestLetter(
  app: RedressApp,
  l: TestLetter,
): Promise<{ id: string; sha256: string }> {
  const bytes = await letterDocx(l);
  const sha256 = saveBlob(app.dataDir, bytes);
  const id = uuidv7();
  await write(app.context, async (w) => {
    const row = {
      id,
      case_id: l.caseId,
      type: l.type ?? 'stage1_response',
      stage: 1,
      status: 'issued' as const,
      sections: '{}',
      template_id: null,
      issued_on: l.issuedOn,
      issued_by: w.actor.id,
      method: l.method ?? 'post',
      sha256,
      file_name: 'Stage 1 response.docx',
      paragraph_versions: '{}',
      addressee: JSON.stringify(l.addressee),
      copy_to: l.copyTo ?? null,
      posted_on: null,
      posted_by: null,
      created_by: w.actor.id,
      created_at: w.at,
      updated_at: w.at,
      deleted_at: null,
    };
    await w.tx.insertInto('letters').values(row).execute();
    await w.changes.created('letter', id, row);
  });
  return { id, sha256 };
}
