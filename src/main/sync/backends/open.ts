// A share from its line (location.ts): the folder, Azure Blob Storage or an S3-compatible store,
// all behind the one ShareFs the sync engine knows.
import { AppError } from '../../../shared/contract/errors';
import { missingCredential, parseShareLocation } from '../../../shared/share/location';
import { NodeShareFs } from '../nodeShareFs';
import type { ShareFs } from '../shareFs';
import { AzureShareFs } from './azureShareFs';
import type { BackendOptions } from './options';
import { proxyFor } from './proxy';
import { S3ShareFs } from './s3ShareFs';

export function openShareFs(line: string, options: BackendOptions = {}): ShareFs {
  const location = parseShareLocation(line);
  const missing = missingCredential(location);
  if (missing) throw new AppError('VALIDATION', missing);
  switch (location.backend) {
    case 'folder':
      return new NodeShareFs(location.path);
    case 'azure':
      return new AzureShareFs(location, { proxy: proxyFor(location.serviceUrl), ...options });
    case 's3':
      return new S3ShareFs(location, {
        proxy: proxyFor(location.endpoint ?? `https://s3.${location.region}.amazonaws.com`),
        ...options,
      });
  }
}
