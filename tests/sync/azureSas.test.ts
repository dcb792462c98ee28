// What a container SAS link allows, on Azurite (which checks SAS permissions and expiry as the
// service does): the recommended link (read, create, list; no write) can add new names but the
// server itself refuses any overwrite; an expired or withdrawn link is refused in plain words with
// nothing secret in them; the setup probe finds the store refuses a second create.
import { BlockBlobClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Azurite } from '../objectStores/azurite';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await Azurite.start();
});
afterAll(() => azurite?.stop());

const text = (s: string) => new TextEncoder().encode(s);
const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: Error & { code?: string }) => e,
  );

describe('a create-only share link (read, create, list: no write)', () => {
  it('creates new names; the server refuses an overwrite even without conditions; writeNew of a taken name is EEXIST', async () => {
    const container = await azurite.container();
    const line = azurite.sasLine(container, { permissions: 'rcl' });
    const fs = azurite.open(line);
    expect(fs.label).not.toContain('?');
    expect(fs.label).not.toMatch(/sig=/);
    expect(fs.credentialExpires).toMatch(/^\d{4}-\d\d-\d\dT/);

    await fs.writeNew('replicas/r1/hello.json', text('first'));
    expect(Buffer.from(await fs.read('replicas/r1/hello.json')).toString()).toBe('first');
    // A raw, unconditional PUT through the SDK with the same link: 403 from the server.
    const raw = new BlockBlobClient(
      `${azurite.serviceUrl}/${container}/replicas/r1/hello.json?${line.split('?')[1]}`,
    );
    const refused = (await failure(raw.upload('second', 6))) as Error & {
      statusCode?: number;
      code?: string;
    };
    expect(refused?.statusCode).toBe(403);
    expect(refused?.code).toBe('AuthorizationPermissionMismatch');
    // The adapter tells the taken name apart from a link that may not create.
    await expect(fs.writeNew('replicas/r1/hello.json', text('second'))).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(Buffer.from(await fs.read('replicas/r1/hello.json')).toString()).toBe('first');
    // No delete right: removing is refused (callers decide what that means), nothing removed.
    await expect(fs.remove('replicas/r1/hello.json')).rejects.toMatchObject({ code: 'EACCES' });
    expect(await fs.size('replicas/r1/hello.json')).toBe(5);
  });

  it('a link without the create right: writeNew is EACCES, saying to ask for a new link', async () => {
    const container = await azurite.container();
    const fs = azurite.open(azurite.sasLine(container, { permissions: 'rl' }));
    const e = await failure(fs.writeNew('replicas/r1/hello.json', text('x')));
    expect(e?.code).toBe('EACCES');
    expect(e?.message).toMatch(/administrator for a new share link/);
    expect(e?.message).not.toMatch(/sig=/);
  });

  it('a link for a folder inside the container keeps the share there', async () => {
    const container = await azurite.container();
    const fs = azurite.open(azurite.sasLine(container, { permissions: 'rcl', prefix: 'landlords/north' }));
    await fs.writeNew('replicas/r1/hello.json', text('{}'));
    expect(await azurite.listAll(container)).toEqual(['landlords/north/replicas/r1/hello.json']);
    expect(await fs.list('')).toEqual(['replicas']);
    expect(fs.label).toMatch(/\/landlords\/north$/);
  });
});

describe('an expired or withdrawn share link', () => {
  it('is EACCES with a plain message: expired, the date, ask the administrator; never the signature', async () => {
    const container = await azurite.container();
    await azurite.admin(container).getBlockBlobClient('redress-share.json').upload('{}', 2);
    const expiresOn = new Date(Date.now() - 3600_000);
    const fs = azurite.open(azurite.sasLine(container, { permissions: 'rcl', expiresOn }));
    for (const e of [
      await failure(fs.read('redress-share.json')),
      await failure(fs.list('replicas')),
      await failure(fs.writeNew('replicas/r1/x.json', text('{}'))),
      await failure(fs.size('redress-share.json')),
    ]) {
      expect(e?.code).toBe('EACCES');
      expect(e?.message).toMatch(/expired/);
      expect(e?.message).toContain(expiresOn.toISOString().slice(0, 10));
      expect(e?.message).toMatch(/Ask your administrator for a new share link/);
      expect(e?.message).not.toMatch(/sig=|sv=|se=|Signature/);
    }
  });

  it('a link whose signature no longer matches (the key was rotated) is EACCES too', async () => {
    const container = await azurite.container();
    const line = azurite.sasLine(container, { permissions: 'rcl' }).replace(/sig=[^&]+/, 'sig=AAAA');
    const e = await failure(azurite.open(line).list('replicas'));
    expect(e?.code).toBe('EACCES');
    expect(e?.message).toMatch(/withdrawn/);
    expect(e?.message).not.toMatch(/sig=/);
  });
});

describe('the setup probe', () => {
  it('finds Azurite refuses a second create of one name (atomic), with or without the delete right', async () => {
    for (const permissions of ['rcdl', 'rcl']) {
      const container = await azurite.container();
      const fs = azurite.open(azurite.sasLine(container, { permissions }), {
        createOnly: 'check-then-write',
      });
      expect(await fs.probe('replicas/r1')).toBe('atomic');
      expect(fs.createOnly).toBe('atomic');
      const left = await azurite.listAll(container);
      // Removed where the link may delete; otherwise a .tmp name every reader skips.
      if (permissions === 'rcdl') expect(left).toEqual([]);
      else expect(left).toEqual([expect.stringMatching(/^replicas\/r1\/probe-[0-9a-f]{16}\.tmp$/)]);
    }
  });

  it('on a store believed to ignore conditions, writeNew looks first: EEXIST for a taken name', async () => {
    const container = await azurite.container();
    // A link with the write right: an overwrite would go through if the adapter did not look.
    const fs = azurite.open(azurite.sasLine(container, { permissions: 'rcwl' }), {
      createOnly: 'check-then-write',
    });
    await fs.writeNew('a.json', text('first'));
    await expect(fs.writeNew('a.json', text('second'))).rejects.toMatchObject({ code: 'EEXIST' });
    expect(Buffer.from(await fs.read('a.json')).toString()).toBe('first');
  });
});
