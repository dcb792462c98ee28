// An issued letter's DOCX (or a draft's preview) handed to the officer: the desktop app opens it in
// the system's viewer, a browser downloads it.
import type { Client } from '../../../../shared/contract/client';
import { fileOpener } from '../../api/transport';
import { bytesOf, download } from '../../ui/fileBytes';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Fetches the issued letter's file and hands it over; throws with a plain reason when it cannot. */
export async function downloadLetter(api: Client, id: string): Promise<string> {
  const file = await api.call('letters.file', { id });
  const opener = fileOpener();
  if (opener) {
    const problem = await opener(file.fileName, bytesOf(file.bytes));
    if (problem) throw new Error(`“${file.fileName}” could not be opened: ${problem}`);
  } else download(file.fileName, DOCX_MEDIA_TYPE, file.bytes);
  return file.fileName;
}
