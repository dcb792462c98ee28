// docs/roles.md is generated from the contract: it must be exactly what the generator writes now.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roleMatrixMarkdown } from '../../src/shared/contract/roleMatrix';

describe('the role matrix in the docs', () => {
  it('is what npm run roles-doc writes from the contract (run it after changing who may call a procedure)', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'roles.md'), 'utf8');
    expect(doc).toBe(roleMatrixMarkdown());
  });

  it('names each restricted procedure with its roles in plain words', () => {
    const doc = roleMatrixMarkdown();
    expect(doc).toContain('| `policy.update` | Managers and administrators | change the complaints policy |');
    expect(doc).toContain('| `people.add` | Administrators | add people |');
    expect(doc).toContain('| `cases.open` | Everyone signed in |  |');
    expect(doc).toContain('| `app.status` | Anyone |  |');
  });
});
