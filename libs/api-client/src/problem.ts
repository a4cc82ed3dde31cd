/** RFC 9457 problem details: the body of every error the Corral API answers. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Present on validation failures (400): one entry per failing field. */
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}

export function isProblem(value: unknown): value is ProblemDetails {
  return typeof value === 'object' && value !== null && typeof (value as ProblemDetails).status === 'number' && typeof (value as ProblemDetails).title === 'string';
}

/** A non-2xx answer, thrown by `unwrap` so react-query sees a failed query or mutation. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails,
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }
}

/** The success member of an openapi-fetch result (the error member has `data?: never`). */
type SuccessData<R> = R extends { data: infer D; response: Response } ? D : never;

/**
 * The data of a successful call, or an `ApiError` carrying the problem details:
 * `const users = await unwrap(api.GET('/api/users'))`.
 */
export async function unwrap<R extends { data?: unknown; error?: unknown; response: Response }>(call: Promise<R>): Promise<SuccessData<R>> {
  const { data, error, response } = await call;
  if (response.ok) return data as SuccessData<R>;
  const problem: ProblemDetails = isProblem(error)
    ? error
    : { type: 'about:blank', title: response.statusText || 'Request failed', status: response.status, detail: typeof error === 'string' && error ? error : undefined };
  throw new ApiError(response.status, problem);
}

const STATUS_MESSAGES: Record<number, string> = {
  401: 'Your session has ended. Please log in again.',
  403: 'You do not have permission to do this.',
  404: 'This item no longer exists.',
  413: 'This is too large to upload.',
  429: 'Too many attempts. Please wait a minute and try again.',
};

/** The problem details of anything a call can throw: an ApiError's, a problem body itself, or null (a network failure). */
export function problemOf(error: unknown): ProblemDetails | null {
  return error instanceof ApiError ? error.problem : isProblem(error) ? error : null;
}

/** The one-line message for a failed call, for snackbars, alerts and the top of a form. */
export function errorMessage(error: unknown): string {
  const problem = problemOf(error);
  if (!problem) return error instanceof TypeError ? 'Cannot reach the server. Check your connection and try again.' : 'Something went wrong. Please try again.';
  return problem.status >= 500 ? 'The server had a problem. Please try again.' : (problem.detail ?? STATUS_MESSAGES[problem.status] ?? problem.title);
}
