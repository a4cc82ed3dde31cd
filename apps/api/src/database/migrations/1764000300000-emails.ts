import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The email-marketing layer: templates, campaigns, one email log per sent email, the links a
 * campaign's emails carried (click tracking redirects only to these), and the suppression list.
 */
export class Emails1764000300000 implements MigrationInterface {
  name = 'Emails1764000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE email_template (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        subject varchar(500) NOT NULL,
        html_body text NOT NULL,
        text_body text,
        from_email varchar(254),
        from_name varchar(200),
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX email_template_name_idx ON email_template (lower(name))`);

    await q.query(`
      CREATE TABLE campaign (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        description text,
        template_id uuid REFERENCES email_template(id) ON DELETE RESTRICT,
        segment_filter jsonb NOT NULL DEFAULT '{}',
        status varchar(16) NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft','scheduled','sending','sent','paused','cancelled')),
        scheduled_at timestamptz,
        started_at timestamptz,
        completed_at timestamptz,
        template_snapshot jsonb,
        expansion_cursor uuid,
        audience_expanded_at timestamptz,
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX campaign_status_scheduled_idx ON campaign (status, scheduled_at)`);
    await q.query(`CREATE INDEX campaign_created_at_idx ON campaign (created_at)`);
    await q.query(`CREATE INDEX campaign_template_idx ON campaign (template_id)`);

    // 'sending' is internal (claimed by a worker, SMTP hand-off in progress); the API shows it as pending.
    await q.query(`
      CREATE TABLE email_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid REFERENCES campaign(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        template_id uuid REFERENCES email_template(id) ON DELETE SET NULL,
        workflow_step_execution_id uuid,
        to_email varchar(254) NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending','sending','sent','delivered','failed','bounced')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        claimed_by integer,
        claimed_at timestamptz,
        message_id varchar(300),
        provider_message_id varchar(300),
        rendered_subject varchar(1000),
        error_message text,
        sent_at timestamptz,
        delivered_at timestamptz,
        opened_at timestamptz,
        clicked_at timestamptz,
        open_count integer NOT NULL DEFAULT 0,
        click_count integer NOT NULL DEFAULT 0,
        clicked_links jsonb NOT NULL DEFAULT '[]',
        unsubscribed_at timestamptz,
        complained_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A campaign never emails a contact twice; single sends (campaign_id NULL) are not constrained by it.
    await q.query(`CREATE UNIQUE INDEX email_log_campaign_contact_uq ON email_log (campaign_id, contact_id)`);
    // A retried workflow step finds the log of its first attempt instead of sending again.
    await q.query(
      `CREATE UNIQUE INDEX email_log_step_execution_uq ON email_log (workflow_step_execution_id) WHERE workflow_step_execution_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX email_log_status_idx ON email_log (status)`);
    await q.query(`CREATE INDEX email_log_campaign_status_idx ON email_log (campaign_id, status)`);
    // The send loop's "next due email of this campaign"; small because sent rows leave it.
    await q.query(
      `CREATE INDEX email_log_campaign_due_idx ON email_log (campaign_id, next_attempt_at, id) WHERE status IN ('pending','sending')`,
    );
    await q.query(`CREATE INDEX email_log_contact_created_idx ON email_log (contact_id, created_at DESC)`);
    await q.query(`CREATE INDEX email_log_message_id_idx ON email_log (message_id)`);

    await q.query(`
      CREATE TABLE campaign_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid REFERENCES campaign(id) ON DELETE CASCADE,
        url text NOT NULL,
        url_hash char(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Single sends (no campaign) share one link set; coalesce makes NULL campaigns collide too.
    await q.query(
      `CREATE UNIQUE INDEX campaign_link_campaign_url_uq ON campaign_link ((coalesce(campaign_id, '00000000-0000-0000-0000-000000000000'::uuid)), url_hash)`,
    );

    await q.query(`
      CREATE TABLE suppression (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        reason varchar(16) NOT NULL CHECK (reason IN ('unsubscribed','bounced','complained','manual')),
        detail text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX suppression_email_lower_uq ON suppression (lower(email))`);
    await q.query(`CREATE INDEX suppression_created_at_idx ON suppression (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['suppression', 'campaign_link', 'email_log', 'campaign', 'email_template']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
