import { TEST_UNLOCK } from '../../helpers';
// A Redress session that ends the way a power cut does: opens the store, saves cases, and is
// killed before it can close. Run as `node --import tsx crash.ts DATA-DIR CASES`.
import { openRedress } from '../../../src/main/app';

async function main(): Promise<void> {
  const [dataDir, cases] = process.argv.slice(2);
  const app = await openRedress({ unlock: TEST_UNLOCK, dataDir: dataDir! });
  for (let i = 0; i < Number(cases); i++) {
    const r = await app.dispatch('cases.open', { type: 'enquiry', summary: `Saved before the crash ${i}` });
    if (!r.ok) throw new Error(r.error.message);
  }
  process.kill(process.pid, 'SIGKILL');
}

void main();
