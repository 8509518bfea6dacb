/** What every key function returns: a key, or why there is none. Key functions never throw. */
export type KeyResult = { ok: true; key: string } | { ok: false; reason: string };

export const ok = (key: string): KeyResult => ({ ok: true, key });
export const fail = (reason: string): KeyResult => ({ ok: false, reason });

/** Runs a key function body so that no input, however odd, can throw out of it. */
export function safely(body: () => KeyResult): KeyResult {
  try {
    return body();
  } catch (error) {
    return fail(`could not read it (${error instanceof Error ? error.message : 'unexpected input'})`);
  }
}
