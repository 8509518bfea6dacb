/**
 * Why a sync step failed, in categories the status line and the backoff understand. `retryAfterMs`
 * carries a server's Retry-After; `message` is the server's own explanation when it gave one.
 */
export type SyncErrorKind =
  | 'offline'
  | 'timeout'
  | 'auth'
  | 'rate-limited'
  | 'server'
  | 'bad-request'
  | 'too-large'
  | 'bad-response'
  | 'resync'
  | 'not-joined'
  | 'invite-invalid'
  | 'invite-used'
  | 'invite-expired';

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

/**
 * Thrown by a test's crash hook to stand for the service worker being killed at that point: the
 * engine never catches it, so whatever transaction was open aborts as it would on a real kill.
 */
export class SimulatedCrash extends Error {
  constructor(readonly point: string) {
    super(`simulated crash at ${point}`);
    this.name = 'SimulatedCrash';
  }
}

/** Errors worth trying again later (with backoff), as opposed to ones a person must fix. */
export function isTransient(error: SyncError): boolean {
  return ['offline', 'timeout', 'rate-limited', 'server', 'bad-response', 'resync'].includes(error.kind);
}
