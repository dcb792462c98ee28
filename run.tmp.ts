import { openRedress } from './src/main/app';
import { TEST_UNLOCK } from './tests/helpers';
import { benchReporting } from './bench/reporting';
import { printTable, fmt, type Row } from './bench/measure';
async function main() {
  const dir = process.argv[2]!;
  const app = await openRedress({ unlock: TEST_UNLOCK, dataDir: dir });
  const rows: Row[] = [];
  await benchReporting(app, 100000, async (p, i) => { const r = await app.dispatch(p as never, i); if (!r.ok) throw new Error(r.error.message); return r.value; },
    (scale, what, redress, raw, budget) => rows.push({ scale: String(scale), what, redress: fmt(redress), raw: raw === null ? '' : fmt(raw), ratio: raw === null ? '' : (redress / raw).toFixed(2), budget: budget === null ? '' : `< ${budget}`, ok: budget === null ? '' : redress < budget ? 'ok' : 'OVER' }));
  printTable(rows);
  await app.close();
}
void main();
