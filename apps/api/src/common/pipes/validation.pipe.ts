import { ValidationError, ValidationPipe } from '@nestjs/common';
import {
  IS_ARRAY,
  IS_BOOLEAN,
  IS_DATE_STRING,
  IS_DEFINED,
  IS_EMAIL,
  IS_ENUM,
  IS_IN,
  IS_INT,
  IS_ISO8601,
  IS_NUMBER,
  IS_OBJECT,
  IS_STRING,
  IS_UUID,
} from 'class-validator';
import { FieldError, validationProblem } from '../filters/problem';

/**
 * Rules that say what kind of value a field takes. When one of them is broken, the others (length,
 * range) say nothing true: 123 is not "too long" for an email, it is not an address at all.
 */
const KIND_CONSTRAINTS = [
  'whitelistValidation',
  IS_DEFINED,
  IS_STRING,
  IS_INT,
  IS_NUMBER,
  IS_BOOLEAN,
  IS_ARRAY,
  IS_OBJECT,
  IS_EMAIL,
  IS_UUID,
  IS_DATE_STRING,
  IS_ISO8601,
  IS_IN,
  IS_ENUM,
  'isCalendarDate',
];

/** One message per field: the kind of value it needs if that is what is wrong, else the first rule it breaks. */
function firstMessage(constraints: Record<string, string>): [string, string] {
  const entries = Object.entries(constraints);
  return entries.find(([name]) => KIND_CONSTRAINTS.includes(name)) ?? entries[0];
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const constraints = error.constraints ?? {};
    const own = Object.keys(constraints).length ? [firstMessage(constraints)] : [];
    return [
      ...own.map(([name, message]) => ({
        field,
        // class-validator prefixes the property name; the field is already named separately.
        message: name === 'whitelistValidation' ? 'is not an allowed field' : message.replace(new RegExp(`^${error.property} `), ''),
      })),
      ...flatten(error.children ?? [], field),
    ];
  });
}

/** Validates and transforms every body and query; unknown fields are rejected, not dropped silently. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    // Every rule runs (stopAtFirstError would stop at whichever was declared first); flatten picks one message per field.
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => validationProblem(flatten(errors)),
  });
}
