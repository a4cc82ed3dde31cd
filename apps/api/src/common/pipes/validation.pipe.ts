import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, validationProblem } from '../filters/problem';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      // class-validator prefixes the property name; the field is already named separately.
      message: error.constraints?.whitelistValidation ? 'is not an allowed field' : message.replace(new RegExp(`^${error.property} `), ''),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Validates and transforms every body and query; unknown fields are rejected, not dropped silently. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    // One message per field: the first rule it breaks.
    stopAtFirstError: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => validationProblem(flatten(errors)),
  });
}
