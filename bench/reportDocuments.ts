// Building the annual complaints report: `annualReport.export` through the router on a seeded
// store (the measures, month by month, themes, improvements, self-assessment, four charts drawn
// and rasterised, the DOCX packed) beside the bare docx pack of the same document (its body built
// once, `Packer.toBuffer` only), paired in the same run. Budget: the whole build under 3 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import { openRedress } from '../src/main/app';
import { annualReportData } from '../src/main/services/reports/annual/data';
import { annualReportBody, annualReportMeta } from '../src/main/services/reports/annual/document';
import { houseDocument } from '../src/main/services/reports/docx/kit';
import { reportingYearOf } from '../src/shared/reporting/period';
import { TEST_PASSWORD, TEST_UNLOCK } from '../tests/helpers';
import { paired } from './measure';

export interface ReportRow {
  what: string;
  redress: number;
  raw: number;
  budget: number;
}

export async function benchReportDocuments(cases = 5_000): Promise<ReportRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'redress-bench-report-'));
  const app = await openRedress({ unlock: TEST_UNLOCK, dataDir: dir });
  try {
    const setUp = await app.dispatch('people.setUpOfficer', {
      name: 'Bench Admin',
      initials: 'BA',
      role: 'admin',
      password: TEST_PASSWORD,
    });
    if (!setUp.ok) throw new Error(setUp.error.message);
    const seeded = await app.dispatch('demo.seed', { cases, seed: 14 });
    if (!seeded.ok) throw new Error(seeded.error.message);
    const year = reportingYearOf(new Date().toISOString().slice(0, 10));
    const today = new Date().toISOString().slice(0, 10);
    const data = await annualReportData(app.context, year);
    const doc = houseDocument(annualReportMeta(data), annualReportBody(data, today));
    const r = await paired(
      10,
      async () => {
        const out = await app.dispatch('annualReport.export', { year, pdf: false });
        if (!out.ok) throw new Error(out.error.message);
      },
      () => Packer.toBuffer(doc),
      3,
    );
    return [
      {
        what: `report annual: DOCX with 4 charts (${cases.toLocaleString('en-GB')} cases) vs bare docx pack`,
        redress: r.a.median,
        raw: r.b.median,
        budget: 3000,
      },
    ];
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
