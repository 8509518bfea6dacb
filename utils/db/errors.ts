import type { z } from 'zod';

/** A record failed its schema: nothing was written. `issues` name the fields. */
export class ValidationError extends Error {
  constructor(
    readonly entity: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(`${entity} is not valid: ${issues.map((i) => `${i.path || '(record)'}: ${i.message}`).join('; ')}`);
    this.name = 'ValidationError';
  }

  static fromZod(entity: string, error: z.ZodError): ValidationError {
    return new ValidationError(
      entity,
      error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    );
  }
}

export class NotFoundError extends Error {
  constructor(entity: string, id: string) {
    super(`${entity} ${id} was not found`);
    this.name = 'NotFoundError';
  }
}
