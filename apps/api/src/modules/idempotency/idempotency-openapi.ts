import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { PUBLIC_OPERATION_EXTENSION } from '../../common/decorators/auth.decorators';
import { IDEMPOTENCY_HEADER, IDEMPOTENCY_KEY_MAX_LENGTH } from './idempotency.interceptor';

/**
 * Declares `Idempotency-Key` on every authenticated POST (the interceptor serves them all), with
 * the 409 and 422 it can answer. Runs before the document's problem+json pass, which gives these
 * responses their content.
 */
export function withIdempotencyKey(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.parameters ??= {};
  document.components.parameters.IdempotencyKey = {
    name: IDEMPOTENCY_HEADER,
    in: 'header',
    required: false,
    description:
      'Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again ' +
      '(with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. ' +
      'Keys are per caller; a 5xx is not kept.',
    schema: { type: 'string', minLength: 1, maxLength: IDEMPOTENCY_KEY_MAX_LENGTH },
  };
  for (const item of Object.values(document.paths)) {
    const operation = item.post as (OperationObject & Record<string, unknown>) | undefined;
    if (!operation || operation[PUBLIC_OPERATION_EXTENSION] === true) continue;
    operation.parameters = [...(operation.parameters ?? []), { $ref: '#/components/parameters/IdempotencyKey' }];
    operation.responses['409'] ??= { description: `A request with this ${IDEMPOTENCY_HEADER} is still running` };
    operation.responses['422'] ??= { description: `This ${IDEMPOTENCY_HEADER} was first used with another body` };
  }
  return document;
}
