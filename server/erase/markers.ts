import { createHmac } from 'node:crypto';
import { emailKey, hardKeysOfPerson, phoneKey } from '../../utils/identity';

/**
 * Erasure markers: salted hashes (HMAC-SHA256 with the team's secret salt) of an erased person's
 * identity keys and of the ids of every record erased with them. They let the server answer
 * "erased" to an offline replica that pushes the same person later, without keeping who it was.
 */
export function markerHash(salt: string, key: string): string {
  return createHmac('sha256', salt).update(key, 'utf8').digest('hex');
}

export const idKey = (id: string): string => `id:${id}`;

/** The keys of a person document (emails, phones, LinkedIn), as utils/identity defines them. */
export function identityKeysOf(data: Record<string, unknown>): string[] {
  const emails = objects(data.emails).filter((e) => typeof e.value === 'string') as { value: string }[];
  const phones = objects(data.phones).filter(
    (p) => typeof p.raw === 'string' && (p.e164 === undefined || typeof p.e164 === 'string'),
  ) as { raw: string; e164?: string }[];
  const links = objects(data.links).filter(
    (l) => typeof l.kind === 'string' && typeof l.url === 'string',
  ) as { kind: string; url: string }[];
  return hardKeysOfPerson({ emails, phones, links });
}

/** Tolerates anything a client sent: only plain objects of an array are read. */
function objects(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v),
  );
}

/** The key of an email or phone an admin asks to erase, even when no record holds it. */
export function keyOfEmail(email: string): string {
  const key = emailKey(email);
  return `email:${key.ok ? key.key : email.trim().toLowerCase()}`;
}

export function keyOfPhone(phone: string): string {
  const key = phoneKey(phone);
  return `phone:${key.ok ? key.key : phone.replace(/[^\d+]/g, '')}`;
}
