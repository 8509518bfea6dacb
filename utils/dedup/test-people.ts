import { PersonSchema, type Person, type PersonInput } from '../model';

/** Person records for this folder's tests, validated like any other boundary. */
let seq = 0;
export function p(displayName: string, extra: Partial<PersonInput> = {}): Person {
  seq += 1;
  return PersonSchema.parse({
    id: `01900000-0000-7000-8000-${seq.toString(16).padStart(12, '0')}`,
    createdAt: 1_767_000_000_000 + seq,
    createdBy: 'm1',
    updatedAt: 1_767_000_000_000 + seq,
    updatedBy: 'm1',
    displayName,
    ...extra,
  });
}

export const email = (...values: string[]): Pick<PersonInput, 'emails'> => ({
  emails: values.map((value) => ({ value })),
});
export const phone = (...raws: string[]): Pick<PersonInput, 'phones'> => ({
  phones: raws.map((raw) => ({ raw })),
});
export const linkedin = (url: string): Pick<PersonInput, 'links'> => ({ links: [{ kind: 'linkedin', url }] });
