// Every test worker: new key wraps use the cheap Argon2 cost (src/main/db/keys/kdf.ts), so the
// suite's thousand set-ups do not each take 0.4 s. Stores are still encrypted and every wrap is
// still checked; the app and the CLI never call this.
import { useCheapKdfForTests } from '../src/main/db/keys/kdf';

useCheapKdfForTests();
