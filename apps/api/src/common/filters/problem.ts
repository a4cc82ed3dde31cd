import { HttpException, HttpStatus } from '@nestjs/common';
import { humanFieldErrors } from './field-messages';

export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details, the body of every error answer. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/**
 * Throw this for an error that needs more than a status and a message:
 * field errors, or an extension member a client can act on (e.g. `existingContactId`).
 */
export class ProblemException extends HttpException {
  constructor(
    status: HttpStatus,
    detail: string,
    readonly extras: { type?: string; title?: string; errors?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(detail, status);
  }
}

/** 400 with one sentence per field (see field-messages.ts); the detail lists them for a notice that shows no fields. */
export function validationProblem(errors: FieldError[], detail?: string): ProblemException {
  const human = humanFieldErrors(errors);
  return new ProblemException(HttpStatus.BAD_REQUEST, detail ?? human.map((e) => e.message).join('. '), {
    type: 'urn:corral:problem:validation',
    title: 'Validation failed',
    errors: human,
  });
}
