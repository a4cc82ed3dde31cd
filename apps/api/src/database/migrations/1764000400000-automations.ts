import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Workflow automation: workflows with ordered steps, and one execution per (workflow, contact)
 * run whose step executions carry their own `scheduled_for`, so the scheduler can always rebuild
 * the queue from PostgreSQL.
 */
export class Automations1764000400000 implements MigrationInterface {
  name = 'Automations1764000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE workflow (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        description text,
        trigger_event varchar(32) NOT NULL
          CHECK (trigger_event IN ('contact_created','contact_updated','tag_added','deal_stage_changed','manual')),
        trigger_data jsonb NOT NULL DEFAULT '{}',
        is_active boolean NOT NULL DEFAULT true,
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Listeners look up the active workflows of one trigger on every domain event.
    await q.query(`CREATE INDEX workflow_trigger_active_idx ON workflow (trigger_event) WHERE is_active`);

    await q.query(`
      CREATE TABLE workflow_step (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workflow_id uuid NOT NULL REFERENCES workflow(id) ON DELETE CASCADE,
        step_order integer NOT NULL CHECK (step_order >= 1),
        action varchar(32) NOT NULL
          CHECK (action IN ('send_email','add_tag','remove_tag','change_status','assign_to','wait')),
        delay_minutes integer NOT NULL DEFAULT 0 CHECK (delay_minutes >= 0),
        -- No cascade: the emails module refuses to delete a template a step still sends (409).
        email_template_id uuid REFERENCES email_template(id),
        action_data jsonb NOT NULL DEFAULT '{}',
        is_enabled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- Deferred so that reordering steps inside one transaction never trips over itself.
        CONSTRAINT workflow_step_order_uq UNIQUE (workflow_id, step_order) DEFERRABLE INITIALLY DEFERRED
      )`);
    await q.query(`CREATE INDEX workflow_step_template_idx ON workflow_step (email_template_id)`);

    await q.query(`
      CREATE TABLE workflow_execution (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workflow_id uuid NOT NULL REFERENCES workflow(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        status varchar(16) NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending','in_progress','completed','cancelled','failed')),
        trigger_event varchar(32) NOT NULL,
        started_at timestamptz,
        completed_at timestamptz,
        error_message text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A contact is in a workflow at most once at a time: starting is INSERT … ON CONFLICT DO NOTHING.
    await q.query(`
      CREATE UNIQUE INDEX workflow_execution_running_uq ON workflow_execution (workflow_id, contact_id)
        WHERE status IN ('pending','in_progress')`);
    await q.query(`CREATE INDEX workflow_execution_workflow_idx ON workflow_execution (workflow_id, created_at DESC)`);
    await q.query(`CREATE INDEX workflow_execution_contact_idx ON workflow_execution (contact_id, created_at DESC)`);
    await q.query(`CREATE INDEX workflow_execution_status_idx ON workflow_execution (status)`);

    await q.query(`
      CREATE TABLE workflow_step_execution (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        execution_id uuid NOT NULL REFERENCES workflow_execution(id) ON DELETE CASCADE,
        step_id uuid REFERENCES workflow_step(id) ON DELETE SET NULL,
        step_order integer NOT NULL,
        action varchar(32) NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending','completed','failed','skipped')),
        scheduled_for timestamptz NOT NULL,
        executed_at timestamptz,
        error_message text,
        attempts integer NOT NULL DEFAULT 0,
        claim_token uuid,
        locked_until timestamptz,
        email_log_id uuid REFERENCES email_log(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT workflow_step_execution_order_uq UNIQUE (execution_id, step_order)
      )`);
    // The scheduler's query: pending steps by due time.
    await q.query(`
      CREATE INDEX workflow_step_execution_due_idx ON workflow_step_execution (scheduled_for)
        WHERE status = 'pending'`);
    await q.query(`CREATE INDEX workflow_step_execution_step_idx ON workflow_step_execution (step_id)`);
    // Dashboard: failed steps, and the latest steps that ran.
    await q.query(`CREATE INDEX workflow_step_execution_failed_idx ON workflow_step_execution (executed_at) WHERE status = 'failed'`);
    await q.query(`CREATE INDEX workflow_step_execution_executed_idx ON workflow_step_execution (executed_at DESC) WHERE executed_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['workflow_step_execution', 'workflow_execution', 'workflow_step', 'workflow']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
