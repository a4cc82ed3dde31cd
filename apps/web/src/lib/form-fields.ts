import { errorMessage, problemOf } from '@corral/api-client';
import type { ControllerFieldState, ControllerRenderProps, FieldPath, FieldValues, PathValue, RegisterOptions, UseFormReturn } from 'react-hook-form';

/**
 * The props that bind an MUI TextField to a react-hook-form field: the ref goes to the input
 * (register's `ref` on TextField would land on its wrapper div), and the field's error shows
 * under it.
 */
export function textFieldProps<T extends FieldValues, N extends FieldPath<T>>(
  form: UseFormReturn<T>,
  name: N,
  rules?: RegisterOptions<T, N>,
  /** Shown under the field while it has no error. */
  hint?: string,
) {
  const { ref, ...field } = form.register(name, rules);
  return { ...field, inputRef: ref, ...fieldErrorProps(form, name, hint) };
}

/**
 * For an MUI input the form cannot hold by ref (a select, an Autocomplete's text): its value and
 * onChange through the form, and its error under it.
 */
export function controlledFieldProps<T extends FieldValues, N extends FieldPath<T>>(form: UseFormReturn<T>, name: N, hint?: string) {
  return {
    value: form.watch(name),
    onChange: (event: { target: { value: string } }) => form.setValue(name, event.target.value as PathValue<T, N>, { shouldDirty: true }),
    ...fieldErrorProps(form, name, hint),
  };
}

/**
 * For an MUI select rendered by a Controller: its value and onChange, the ref for the focus on an
 * error (a select's inputRef focuses its button), and the error (or else the hint) under it.
 */
export function controllerFieldProps<T extends FieldValues, N extends FieldPath<T>>(
  { field: { ref, ...field }, fieldState }: { field: ControllerRenderProps<T, N>; fieldState: ControllerFieldState },
  hint?: string,
) {
  const message = fieldState.error?.message;
  return { ...field, inputRef: ref, error: Boolean(message), helperText: message ?? hint };
}

/** The field's error (or else the hint) as MUI's error and helperText. */
export function fieldErrorProps<T extends FieldValues>(form: UseFormReturn<T>, name: FieldPath<T>, hint?: string) {
  // Through getFieldState, which reads nested paths (`stages.2.name`) too.
  const message = form.getFieldState(name, form.formState).error?.message;
  return { error: Boolean(message), helperText: typeof message === 'string' ? message : hint };
}

/**
 * The one way a form shows a failed call (ApiError, problem+json body or network failure): each
 * field error goes under the field it names (setError; the first named is focused), and what is
 * returned goes at the top: the messages of fields the form does not show (they would be lost
 * otherwise), or the API's detail when no field is named (a named one would only repeat it).
 * `fields` are the form's fields as the API names them, or a map from the API's name to the form's.
 */
export function showProblem<T extends FieldValues>(
  form: UseFormReturn<T>,
  error: unknown,
  fields: readonly FieldPath<T>[] | Readonly<Partial<Record<string, FieldPath<T>>>>,
): string | null {
  const fieldErrors = new Map<string, string>();
  for (const { field, message } of problemOf(error)?.errors ?? []) {
    // The API words each message as a sentence naming its field; a fragment ("must be …") from an older server still gets its capital.
    const previous = fieldErrors.get(field);
    fieldErrors.set(field, previous ? `${previous}; ${message}` : message.charAt(0).toUpperCase() + message.slice(1));
  }
  const onForm = new Map<FieldPath<T>, string>();
  const elsewhere: string[] = [];
  for (const [apiField, message] of fieldErrors) {
    const field = Array.isArray(fields) ? (fields.includes(apiField as FieldPath<T>) ? (apiField as FieldPath<T>) : undefined) : (fields as Partial<Record<string, FieldPath<T>>>)[apiField];
    if (field === undefined) elsewhere.push(message);
    else onForm.set(field, onForm.has(field) ? `${onForm.get(field)}; ${message}` : message);
  }
  let first = true;
  for (const [field, message] of onForm) {
    form.setError(field, { type: 'server', message }, { shouldFocus: first });
    first = false;
  }
  if (elsewhere.length) return elsewhere.join('. ');
  return onForm.size ? null : errorMessage(error);
}
