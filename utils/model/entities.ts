import { z } from 'zod';
import { CompanySchema } from './company';
import { InteractionSchema } from './interaction';
import { IntroRequestSchema } from './intro-request';
import { PersonSchema } from './person';
import { RelationshipSchema } from './relationship';
import { TaskSchema } from './task';

/** Every synced entity, by the name used in tables, mutations and the change log. */
export const ENTITY_SCHEMAS = {
  person: PersonSchema,
  company: CompanySchema,
  relationship: RelationshipSchema,
  interaction: InteractionSchema,
  task: TaskSchema,
  introRequest: IntroRequestSchema,
} as const;

export const EntityNameSchema = z.enum([
  'person',
  'company',
  'relationship',
  'interaction',
  'task',
  'introRequest',
]);
export type EntityName = z.infer<typeof EntityNameSchema>;

export type EntityOf<N extends EntityName> = z.infer<(typeof ENTITY_SCHEMAS)[N]>;
export type AnyEntity = EntityOf<EntityName>;
