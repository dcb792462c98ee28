// SEAM: replaced by the S3 backend (issue 15).
import type { S3Location } from '../../../shared/share/location';
import { shareLabel } from '../../../shared/share/location';
import type { ShareFs } from '../shareFs';
import type { BackendOptions } from './options';

export class S3ShareFs implements ShareFs {
  readonly label: string;
  constructor(location: S3Location, _options: BackendOptions) {
    this.label = shareLabel(location);
  }
  private no(): never {
    throw new Error('not built yet');
  }
  list(): Promise<string[]> {
    return this.no();
  }
  read(): Promise<Uint8Array> {
    return this.no();
  }
  size(): Promise<number | null> {
    return this.no();
  }
  writeNew(): Promise<void> {
    return this.no();
  }
  remove(): Promise<void> {
    return this.no();
  }
  mkdirp(): Promise<void> {
    return this.no();
  }
}
