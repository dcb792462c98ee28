export { SessionGate } from './SessionGate';
export { LockButton } from './LockButton';
export { SecuritySection } from './SecuritySection';
export { PasswordField } from './PasswordField';
export { PASSWORD_RULES } from './signInWords';
export { RecoveryKeyStep } from './RecoveryKeyStep';
