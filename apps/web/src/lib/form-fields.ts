import { toFormErrors } from '@corral/api-client';
import type { FieldPath, FieldValues, RegisterOptions, UseFormReturn } from 'react-hook-form';

/**
 * The props that bind an MUI TextField to a react-hook-form field: the ref goes to the input
 * (register's `ref` on TextField would land on its wrapper div), and the field's error shows
 * under it.
 */
export function textFieldProps<T extends FieldValues>(
  form: UseFormReturn<T>,
  name: FieldPath<T>,
  rules?: RegisterOptions<T, FieldPath<T>>,
  /** Shown under the field while it has no error. */
  hint?: string,
) {
  const { ref, ...field } = form.register(name, rules);
  const message = form.formState.errors[name]?.message;
  return { ...field, inputRef: ref, error: Boolean(message), helperText: typeof message === 'string' ? message : hint };
}

/**
 * Puts a failed call's problem+json field errors under the form's own fields, and returns the
 * sentence for the top of the form when no field of this form is named (it would repeat them).
 */
export function showProblem<T extends FieldValues>(form: UseFormReturn<T>, error: unknown, fields: FieldPath<T>[]): string | null {
  const { detail, fieldErrors } = toFormErrors(error);
  let named = false;
  for (const field of fields) {
    const message = fieldErrors[field];
    if (!message) continue;
    form.setError(field, { type: 'server', message }, { shouldFocus: !named });
    named = true;
  }
  return named ? null : detail;
}
