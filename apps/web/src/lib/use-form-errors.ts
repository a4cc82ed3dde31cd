import { toFormErrors } from '@corral/api-client';
import { useState } from 'react';

interface FormErrorsState {
  fieldErrors: Record<string, string>;
  detail: string | null;
}

const NONE: FormErrorsState = { fieldErrors: {}, detail: null };

/**
 * The fields a form shows, as the API names them in `errors[].field`: a list when the form uses
 * the API's names, or a map from API name to the form's own key.
 */
export type FormFields = readonly string[] | Readonly<Record<string, string>>;

/**
 * A failed save's errors placed on a form: each message under the field it names, and at the top
 * the messages of fields the form does not show (they would be lost otherwise), or, when no
 * field is named at all, the API's detail.
 */
export function placeFormErrors(error: unknown, fields?: FormFields): FormErrorsState {
  const problem = toFormErrors(error);
  if (!fields) return { fieldErrors: problem.fieldErrors, detail: Object.keys(problem.fieldErrors).length ? null : problem.detail };
  const fieldErrors: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const [field, message] of Object.entries(problem.fieldErrors)) {
    const key = Array.isArray(fields) ? (fields.includes(field) ? field : undefined) : (fields as Record<string, string>)[field];
    if (key === undefined) elsewhere.push(message);
    else fieldErrors[key] = fieldErrors[key] ? `${fieldErrors[key]}; ${message}` : message;
  }
  if (elsewhere.length) return { fieldErrors, detail: elsewhere.join('. ') };
  return { fieldErrors, detail: Object.keys(fieldErrors).length ? null : problem.detail };
}

/**
 * The errors of a form saved through the API (problem+json): messages under the fields they
 * name, and at the top what belongs to no field of `fields` (see placeFormErrors). Without
 * `fields`, every named field is taken to be on the form.
 */
export function useFormErrors(fields?: FormFields) {
  const [{ fieldErrors, detail }, setState] = useState(NONE);
  return {
    fieldErrors,
    detail,
    /** Before each attempt, and when the form starts over. */
    clearErrors: () => setState(NONE),
    /** What a failed save threw: an ApiError, a problem body or a network failure. */
    showErrors: (error: unknown) => setState(placeFormErrors(error, fields)),
    /** A refusal the API words as a detail but that belongs under one field (a 409 on a name that must be unique). */
    showFieldError: (field: string, message: string) => setState({ fieldErrors: { [field]: message }, detail: null }),
  };
}
