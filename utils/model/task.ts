import { z } from 'zod';
import { IdSchema, MemberIdSchema, RecordMetaSchema, TimestampSchema, VisibilitySchema } from './common';

export const TaskSchema = RecordMetaSchema.extend({
  title: z.string().trim().min(1, 'a task needs a title').max(300),
  personId: IdSchema.optional(),
  companyId: IdSchema.optional(),
  due: TimestampSchema.optional(),
  assignee: MemberIdSchema.optional(),
  done: z.boolean().default(false),
  visibility: VisibilitySchema.default('team'),
});
export type Task = z.infer<typeof TaskSchema>;
export type TaskInput = z.input<typeof TaskSchema>;
