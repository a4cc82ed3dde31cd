import type { Pool } from 'pg';
import type { WorkflowExecution } from '../../src/modules/automations/entities/workflow-execution.entity';
import type { WorkflowStepExecution } from '../../src/modules/automations/entities/workflow-step-execution.entity';
import type { Company } from '../../src/modules/contacts/entities/company.entity';
import type { Contact } from '../../src/modules/contacts/entities/contact.entity';
import type { EmailLog } from '../../src/modules/emails/entities/email-log.entity';
import type { EmailTemplate } from '../../src/modules/emails/entities/email-template.entity';
import type { Suppression } from '../../src/modules/emails/entities/suppression.entity';

/*
 * Rows written straight into the test database, for suites whose subject is not the module that
 * owns the table (an emails suite needs contacts to send to, not the contacts API). One call per
 * row, every column defaulted except the ones a test cares about:
 *
 *   const { id } = await factories.contact(env.db, { email: 'ada@example.com', tags: ['news'] });
 *
 * Each factory returns the row as PostgreSQL stored it, typed by the entity (camelCase, dates as
 * Date). `many` writes a list in one INSERT, for suites that need thousands of rows.
 */

/** An entity's columns: what a SELECT * gives back, without the TypeORM relations. */
export type ContactRow = Omit<Contact, 'company' | 'assignedTo'>;
export type CompanyRow = Company;
export type TemplateRow = EmailTemplate;
export type SuppressionRow = Suppression;
export type EmailLogRow = EmailLog;
export type WorkflowExecutionRow = Omit<WorkflowExecution, 'workflow'>;
export type WorkflowStepExecutionRow = Omit<WorkflowStepExecution, 'execution' | 'claimToken'>;

/** Timestamps may be given as ISO text, as the fixtures of a dated data set read best. */
type Insertable<R> = { [K in keyof R]?: R[K] extends Date | null ? R[K] | string : R[K] };

/** What a test passes: any column, and at least the `Required` ones (those without a useful default). */
type Overrides<R, Required extends keyof R> = Insertable<R> & { [K in Required]-?: Exclude<Insertable<R>[K], undefined> };

interface Factory<R, Required extends keyof R> {
  (db: Pool, overrides: Overrides<R, Required>): Promise<R>;
  /** The rows in one INSERT, returned in the order given. */
  many(db: Pool, list: Overrides<R, Required>[]): Promise<R[]>;
}

/** Properties whose column is not their snake_case name (TypeORM `@Column({ name })`). */
const COLUMN_NAMES: Record<string, string> = { order: 'step_order' };
const PROPERTY_NAMES = Object.fromEntries(Object.entries(COLUMN_NAMES).map(([property, column]) => [column, property]));

const toColumn = (property: string) => COLUMN_NAMES[property] ?? property.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const toProperty = (column: string) => PROPERTY_NAMES[column] ?? column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

let sequence = 0;
/** Unique within a test run, so defaults never collide with each other or with a unique index. */
const next = () => ++sequence;

function factory<R, Required extends keyof R = never>(table: string, defaults: () => Insertable<R> = () => ({})): Factory<R, Required> {
  async function many(db: Pool, list: Overrides<R, Required>[]): Promise<R[]> {
    if (!list.length) return [];
    const rows = list.map((overrides) => ({ ...defaults(), ...overrides }) as Record<string, unknown>);
    const properties = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const values: unknown[] = [];
    // A property one row leaves out takes the column's DEFAULT in that row, as a lone INSERT would.
    const tuples = rows.map(
      (row) => `(${properties.map((p) => (p in row ? `$${values.push(row[p])}` : 'DEFAULT')).join(', ')})`,
    );
    const { rows: stored } = await db.query(
      `INSERT INTO ${table} (${properties.map(toColumn).join(', ')}) VALUES ${tuples.join(', ')} RETURNING *`,
      values,
    );
    return stored.map((row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([column, value]) => [toProperty(column), value])) as R);
  }
  const one = async (db: Pool, overrides: Overrides<R, Required>) => (await many(db, [overrides]))[0];
  return Object.assign(one, { many });
}

export const factories = {
  company: factory<CompanyRow>('company', () => ({ name: `Company ${next()}` })),
  contact: factory<ContactRow>('contact', () => ({ email: `contact-${next()}@example.test` })),
  template: factory<TemplateRow>('email_template', () => ({ name: 'Test template', subject: 'Test subject', htmlBody: '<p>Test</p>' })),
  suppression: factory<SuppressionRow, 'email'>('suppression', () => ({ reason: 'manual' })),
  /** An email as sending left it: `status` and the dates say how far it got. */
  emailLog: factory<EmailLogRow, 'contactId' | 'toEmail'>('email_log'),
  workflowExecution: factory<WorkflowExecutionRow, 'workflowId' | 'contactId'>('workflow_execution', () => ({ triggerEvent: 'manual' })),
  workflowStepExecution: factory<WorkflowStepExecutionRow, 'executionId' | 'order' | 'action'>('workflow_step_execution', () => ({
    scheduledFor: new Date(),
  })),
};
