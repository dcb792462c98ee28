// How far an export has got, as the window's progress bar and the CLI show it: the step, files
// done of the step's total, and a share of the whole (the PDF conversion is most of the time).
import type { PostExportStep } from '../../../../shared/contract/post';

export const STEP_LABELS: Record<PostExportStep, string> = {
  letters: 'Copying the issued letters',
  pdf: 'Converting the letters to PDF',
  merge: 'Putting letters.pdf together',
  manifest: 'Writing the address manifest',
  labels: 'Making the address labels',
  finishing: 'Putting the files in the folder',
};

const WITH_PDF: Record<PostExportStep, number> = {
  letters: 15,
  pdf: 60,
  merge: 10,
  manifest: 2,
  labels: 8,
  finishing: 5,
};
const WITHOUT_PDF: Record<PostExportStep, number> = {
  letters: 60,
  pdf: 0,
  merge: 0,
  manifest: 5,
  labels: 25,
  finishing: 10,
};
const ORDER: PostExportStep[] = ['letters', 'pdf', 'merge', 'manifest', 'labels', 'finishing'];

/** The whole export's percentage at `done` of `total` through `step`. */
export function percentDone(step: PostExportStep, done: number, total: number, withPdf: boolean): number {
  const weights = withPdf ? WITH_PDF : WITHOUT_PDF;
  const before = ORDER.slice(0, ORDER.indexOf(step)).reduce((sum, s) => sum + weights[s], 0);
  const within = total > 0 ? (weights[step] * Math.min(done, total)) / total : 0;
  return Math.min(100, Math.round(before + within));
}
