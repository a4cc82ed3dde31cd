/**
 * Every Bull queue of the product, in one place. Jobs must be idempotent: Bull may run a job twice
 * (stalled worker, retry), and the scheduler re-enqueues unfinished work found in the database.
 */
export const QueueName = {
  ContactImport: 'contact-import',
  Campaigns: 'campaigns',
  EmailSend: 'email-send',
  WorkflowSteps: 'workflow-steps',
} as const;

export type QueueName = (typeof QueueName)[keyof typeof QueueName];

/** Payload of a QueueName.ContactImport job; the job id is the import id. */
export interface ContactImportJob {
  importId: string;
}

/** A job on `workflow-steps`: run one step execution (claimed in the database, so duplicates are harmless). */
export interface WorkflowStepJob {
  stepExecutionId: string;
}
