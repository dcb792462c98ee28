// Imported first by main.tsx, before any schema is built: zod then never compiles parsers with
// `new Function`, nor probes whether it may. The page's policy allows no eval, and even zod's
// caught probe is reported as a policy violation on every start.
import { z } from 'zod';

z.config({ jitless: true });
