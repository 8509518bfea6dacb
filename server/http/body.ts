import type { Context } from 'hono';
import type { z } from 'zod';

export const MAX_JSON_DEPTH = 32;

/**
 * The deepest nesting of arrays and objects in JSON text, counted without parsing, so a body built
 * to exhaust the parser's stack is refused before JSON.parse sees it. Stops counting past `limit`.
 */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (ch === 125 || ch === 93) depth--;
  }
  return max;
}

export type Parsed<T> =
  { ok: true; value: T } | { ok: false; status: 400 | 413 | 415; error: string; message: string };

/** The first few problems, with where they are; values are never echoed back. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** Reads, depth-checks, parses and validates a JSON body. Never throws. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<Parsed<z.output<S>>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    return {
      ok: false,
      status: 415,
      error: 'unsupported_media_type',
      message: 'send Content-Type: application/json',
    };
  }
  let text: string;
  try {
    text = await c.req.text();
  } catch {
    return { ok: false, status: 400, error: 'bad_body', message: 'could not read the request body' };
  }
  // PostgreSQL text cannot hold NUL, and no field of ours needs it: refuse it here, whatever the database.
  if (text.includes('\0') || /\\u0000/i.test(text)) {
    return { ok: false, status: 400, error: 'bad_text', message: 'text must not contain NUL characters' };
  }
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    return {
      ok: false,
      status: 400,
      error: 'too_deep',
      message: `JSON nested deeper than ${MAX_JSON_DEPTH} levels`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, error: 'bad_json', message: 'the body is not valid JSON' };
  }
  return validate(schema, json);
}

export function validate<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, status: 400, error: 'invalid', message: describeIssues(parsed.error) };
}
