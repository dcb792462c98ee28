// The convergence suite on a real folder (a temp dir) through NodeShareFs.
// More seeds: REDRESS_SYNC_SEEDS=50 npx vitest run tests/sync/realFolder.test.ts
import { folderSuite } from './folderSuite';

folderSuite('real folder (temp dir)', { seeds: 8 });
