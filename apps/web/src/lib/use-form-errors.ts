import { toFormErrors } from '@corral/api-client';
import { useState } from 'react';

interface FormErrorsState {
  fieldErrors: Record<string, string>;
  detail: string | null;
}

const NONE: FormErrorsState = { fieldErrors: {}, detail: null };

/**
 * The errors of a form saved through the API (problem+json): messages under the fields they
 * name, and the API's detail at the top only when it names no field (it would repeat them).
 */
export function useFormErrors() {
  const [{ fieldErrors, detail }, setState] = useState(NONE);
  return {
    fieldErrors,
    detail,
    /** Before each attempt, and when the form starts over. */
    clearErrors: () => setState(NONE),
    /** What a failed save threw: an ApiError, a problem body or a network failure. */
    showErrors: (error: unknown) => {
      const problem = toFormErrors(error);
      setState({ fieldErrors: problem.fieldErrors, detail: Object.keys(problem.fieldErrors).length ? null : problem.detail });
    },
    /** A refusal the API words as a detail but that belongs under one field (a 409 on a name that must be unique). */
    showFieldError: (field: string, message: string) => setState({ fieldErrors: { [field]: message }, detail: null }),
  };
}
