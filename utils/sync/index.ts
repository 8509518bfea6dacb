export { SyncEngine, type SyncDeps, type SyncOutcome, type SyncReason } from './engine';
export type { SyncStatus } from './status';
export { SyncError, SimulatedCrash, type SyncErrorKind } from './errors';
export {
  CredentialsSchema,
  MemoryCredentialStore,
  normalizeServerUrl,
  type CredentialStore,
  type Credentials,
} from './credentials';
export { JoinInputSchema, type JoinInput, type JoinOutcome, type LocalRecords } from './join';
export type { LeavePlan } from './leave';
export type { Notice, LastError, InitialState } from './state';
export { ROUTES } from './routes';
