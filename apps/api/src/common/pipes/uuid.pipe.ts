import { ParseUUIDPipe } from '@nestjs/common';
import { validationProblem } from '../filters/problem';

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter. */
export function uuidParam(name = 'id'): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => validationProblem([{ field: name, message: 'must be a UUID' }]),
  });
}
