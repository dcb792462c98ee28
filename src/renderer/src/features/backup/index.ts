export { BackupSection } from './BackupSection';
export { RestoreBackupForm } from './RestoreBackupForm';
