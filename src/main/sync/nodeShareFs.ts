// The share as a real folder: a network drive, NAS mount or cloud-synced folder.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { namesAfter, tooLarge, type ListOptions, type ShareFs } from './shareFs';

/** Read in pieces this size: memory stays flat, and a stalled read is noticed per piece. */
const CHUNK = 1 << 20;

const RETRYABLE = new Set(['EPERM', 'EACCES', 'EBUSY']);

export class NodeShareFs implements ShareFs {
  readonly label: string;
  readonly backend = 'folder' as const;
  /** A rename replaces a file already there (POSIX and Node on Windows alike), so a write looks first. */
  readonly createOnly = 'check-then-write' as const;

  constructor(private readonly root: string) {
    this.label = root;
  }

  private abs(path: string): string {
    return join(this.root, ...path.split('/'));
  }

  async list(dir: string, options: ListOptions = {}): Promise<string[]> {
    try {
      return namesAfter(await fs.readdir(this.abs(dir)), options.after);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  async read(path: string): Promise<Uint8Array> {
    return fs.readFile(this.abs(path));
  }

  /** Chunk by chunk through one handle: the size is checked before the first byte is read. */
  async *readChunks(path: string, maxBytes: number): AsyncGenerator<Uint8Array> {
    const handle = await fs.open(this.abs(path), 'r');
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) throw tooLarge(path, size, maxBytes);
      let total = 0;
      for (;;) {
        const buffer = Buffer.allocUnsafe(CHUNK);
        const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
        if (bytesRead === 0) return;
        total += bytesRead;
        // Still growing while being read (a copy in progress): the cap holds all the same.
        if (total > maxBytes) throw tooLarge(path, total, maxBytes);
        yield buffer.subarray(0, bytesRead);
      }
    } finally {
      await handle.close();
    }
  }

  async size(path: string): Promise<number | null> {
    try {
      return (await fs.stat(this.abs(path))).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** The share's modification time of the file: on a network share, usually the server's clock. */
  async mtime(path: string): Promise<number | null> {
    try {
      return (await fs.stat(this.abs(path))).mtimeMs;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /**
   * Write once under a temporary name in the same folder (ignored by readers and by cloud
   * clients), flush it to disk, then rename into place. SMB clients cannot reopen a file for
   * writing, so the temp file is written in one go and never touched again.
   */
  async writeNew(path: string, data: Uint8Array): Promise<void> {
    const target = this.abs(path);
    if ((await this.size(path)) !== null)
      throw Object.assign(new Error(`${path} already exists`), { code: 'EEXIST' });
    await fs.mkdir(dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync().catch(() => undefined); // some network file systems do not support fsync
    } finally {
      await handle.close();
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.rename(temp, target);
        return;
      } catch (error) {
        // Antivirus and cloud clients briefly hold new files open on Windows shares.
        if (attempt < 20 && RETRYABLE.has((error as NodeJS.ErrnoException).code ?? '')) {
          await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
          continue;
        }
        await fs.rm(temp, { force: true }).catch(() => undefined);
        throw error;
      }
    }
  }

  async remove(path: string): Promise<void> {
    await fs.rm(this.abs(path), { force: true });
  }

  async mkdirp(dir: string): Promise<void> {
    await fs.mkdir(this.abs(dir), { recursive: true });
  }
}
