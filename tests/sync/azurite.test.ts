// The object-store suite (storeSuite.ts) and the crash test on Azurite, Microsoft's Blob Storage
// emulator, started in this process on a random port for this file.
// More seeds: REDRESS_SYNC_SEEDS=20 npx vitest run tests/sync/azurite.test.ts
import { afterAll, beforeAll } from 'vitest';
import { Azurite } from '../objectStores/azurite';
import { storeCrashSuite } from './storeCrash';
import { storeSuite } from './storeSuite';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await Azurite.start();
  console.info(`Azurite started in ${Math.round(azurite.startMs)} ms at ${azurite.serviceUrl}`);
});
afterAll(() => azurite?.stop());

storeSuite('Azurite', () => azurite, { seeds: 3 });
storeCrashSuite('Azurite', () => azurite);
