// npm run roles-doc: writes docs/roles.md, the role matrix, from the contract.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { roleMatrixMarkdown } from '../src/shared/contract/roleMatrix';

const file = join(import.meta.dirname, '..', 'docs', 'roles.md');
writeFileSync(file, roleMatrixMarkdown());
process.stdout.write(`Wrote ${file}\n`);
