import { initial } from './001_initial';
import { sync } from './002_sync';
import { mergeFromLog } from './003_merge_from_log';
import { complaints } from './004_complaints';
import { investigations } from './005_investigations';
import { letters } from './006_letters';
import { worklists } from './007_worklists';
import { residentConsent } from './008_resident_consent';
import { personCredentials } from './009_person_credentials';
import { audit } from './010_audit';
import { retention } from './011_retention';
import { reporting } from './012_reporting';
import { reportDocuments } from './013_report_documents';
import { temporaryPasswords } from './014_temporary_passwords';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** In order. The store's `user_version` is the version of the last one applied. */
export const migrations: readonly Migration[] = [
  initial,
  sync,
  mergeFromLog,
  complaints,
  investigations,
  letters,
  worklists,
  residentConsent,
  personCredentials,
  audit,
  retention,
  reporting,
  reportDocuments,
  temporaryPasswords,
];

export const SCHEMA_VERSION = migrations[migrations.length - 1]!.version;
