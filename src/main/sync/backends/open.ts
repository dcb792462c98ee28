// A share from its line (location.ts): the folder, Azure Blob Storage or an S3-compatible store,
// all behind the one ShareFs the sync engine knows. A cloud store's SDK is loaded the first time
// one is opened: together they take half a second to load, which every start of the command line
// and of the app would otherwise pay on a folder share.
import { AppError } from '../../../shared/contract/errors';
import { missingCredential, parseShareLocation } from '../../../shared/share/location';
import { NodeShareFs } from '../nodeShareFs';
import type { ShareFs } from '../shareFs';
import type { BackendOptions } from './options';
import { proxyFor } from './proxy';

export async function openShareFs(line: string, options: BackendOptions = {}): Promise<ShareFs> {
  const location = parseShareLocation(line);
  const missing = missingCredential(location);
  if (missing) throw new AppError('VALIDATION', missing);
  switch (location.backend) {
    case 'folder':
      return new NodeShareFs(location.path);
    case 'azure': {
      const { AzureShareFs } = await import('./azureShareFs');
      return new AzureShareFs(location, { proxy: proxyFor(location.serviceUrl), ...options });
    }
    case 's3': {
      const { S3ShareFs } = await import('./s3ShareFs');
      return new S3ShareFs(location, {
        proxy: proxyFor(location.endpoint ?? `https://s3.${location.region}.amazonaws.com`),
        ...options,
      });
    }
  }
}
