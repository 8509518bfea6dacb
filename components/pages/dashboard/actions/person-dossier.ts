import type { MeishiDb } from '@/utils/db';
import { refOf } from '@/utils/db';
import type { Company, Interaction, IntroRequest, Person, Relationship, Task } from '@/utils/model';

/** Everything this browser holds about one person: the record and every record that points at them. */
export interface Dossier {
  person: Person;
  company: Company | undefined;
  relationships: Relationship[];
  interactions: Interaction[];
  tasks: Task[];
  introRequests: IntroRequest[];
  identityKeys: string[];
  /** Local changes about them not yet acknowledged by the team server. */
  pendingChanges: number;
}

export async function loadDossier(db: MeishiDb, personId: string): Promise<Dossier | null> {
  const person = await db.people.get(personId);
  if (!person) return null;
  const [company, relationships, interactions, tasks, introRequests, keys] = await Promise.all([
    person.companyId ? db.companies.get(person.companyId) : Promise.resolve(undefined),
    db.relationships.where('personId').equals(personId).toArray(),
    db.interactions.where('personIds').equals(personId).toArray(),
    db.tasks.where('personId').equals(personId).toArray(),
    db.introRequests.where('targetPersonId').equals(personId).toArray(),
    db.keys.get(refOf('person', personId)),
  ]);
  const ids = [
    personId,
    ...relationships.map((r) => r.id),
    ...interactions.map((i) => i.id),
    ...tasks.map((t) => t.id),
  ];
  const pendingChanges = await db.outbox.where('mutation.entityId').anyOf(ids).count();
  return {
    person,
    company,
    relationships,
    interactions,
    tasks,
    introRequests,
    identityKeys: keys?.keys ?? [],
    pendingChanges,
  };
}

/** The export file: plain JSON with a header saying what it is and when it was made. */
export function dossierJson(dossier: Dossier, now: number): string {
  return JSON.stringify(
    { format: 'meishi-person-export', version: 1, exportedAt: new Date(now).toISOString(), ...dossier },
    null,
    2,
  );
}

export function exportFileName(person: Person, now: number): string {
  const day = new Date(now).toISOString().slice(0, 10);
  const safe = person.displayName.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 60) || 'person';
  return `meishi-${safe}-${day}.json`;
}

/** Hand a text file to the browser's download without any server round trip. */
export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
