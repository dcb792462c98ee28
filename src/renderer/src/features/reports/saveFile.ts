// A built report handed to the manager as issued letters are: the desktop app opens it in the
// system's viewer, a browser downloads it.
import type { ReportFile } from '../../../../shared/contract/reports';
import { fileOpener } from '../../api/transport';
import { bytesOf, download } from '../../ui/fileBytes';

export async function handOver(file: ReportFile): Promise<string> {
  const opener = fileOpener();
  if (opener) {
    const problem = await opener(file.fileName, bytesOf(file.bytes));
    if (problem) throw new Error(`“${file.fileName}” could not be opened: ${problem}`);
  } else download(file.fileName, file.mediaType, file.bytes);
  return file.fileName;
}
