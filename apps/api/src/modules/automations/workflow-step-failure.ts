/**
 * A step that could not run. `transient` failures (SMTP 4xx, connection refused, database
 * hiccups) are retried with backoff; permanent ones (template missing, 5xx from SMTP, unknown
 * user) fail the step at once.
 */
export class WorkflowStepFailure extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
  }
}
