import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signup forms and what was posted to them. A submission keeps what the person sent (`data`), the
 * address and user agent it came from, and whether it waits for its double opt-in confirmation:
 * the consent ledger proves the opt-in, the submission is what the confirmation link points at.
 * A form goes with its submissions; a contact's deletion leaves the submission without it.
 * Workflows gain the `form_submitted` trigger.
 */
export class Forms1764001760000 implements MigrationInterface {
  name = 'Forms1764001760000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE form (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(100) NOT NULL,
        fields jsonb NOT NULL DEFAULT '[]',
        topic_ids uuid[] NOT NULL DEFAULT '{}',
        tags text[] NOT NULL DEFAULT '{}',
        double_opt_in boolean NOT NULL DEFAULT true,
        success_message varchar(1000),
        redirect_url varchar(2000),
        confirmation_template_id uuid REFERENCES email_template (id) ON DELETE SET NULL,
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE form_submission (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        form_id uuid NOT NULL REFERENCES form (id) ON DELETE CASCADE,
        contact_id uuid REFERENCES contact (id) ON DELETE SET NULL,
        email varchar(254) NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        topic_ids uuid[] NOT NULL DEFAULT '{}',
        tags text[] NOT NULL DEFAULT '{}',
        consent_text text,
        ip varchar(64),
        user_agent varchar(500),
        status varchar(24) NOT NULL CHECK (status IN ('pending_confirmation', 'subscribed')),
        created_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz
      )`);
    await q.query(`CREATE INDEX form_submission_form_idx ON form_submission (form_id, created_at)`);
    await q.query(`CREATE INDEX form_submission_contact_idx ON form_submission (contact_id)`);
    await q.query(`ALTER TABLE workflow DROP CONSTRAINT workflow_trigger_event_check`);
    await q.query(`
      ALTER TABLE workflow ADD CONSTRAINT workflow_trigger_event_check
        CHECK (trigger_event IN ('contact_created','contact_updated','tag_added','deal_stage_changed','manual','form_submitted'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM workflow WHERE trigger_event = 'form_submitted'`);
    await q.query(`ALTER TABLE workflow DROP CONSTRAINT workflow_trigger_event_check`);
    await q.query(`
      ALTER TABLE workflow ADD CONSTRAINT workflow_trigger_event_check
        CHECK (trigger_event IN ('contact_created','contact_updated','tag_added','deal_stage_changed','manual'))`);
    await q.query(`DROP TABLE IF EXISTS form_submission`);
    await q.query(`DROP TABLE IF EXISTS form`);
  }
}
