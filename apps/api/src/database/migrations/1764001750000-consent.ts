import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent (issue #17): topics (kinds of email), each contact's status per topic, and the consent
 * ledger.
 *
 * A contact without a `contact_subscription` row for a topic has not chosen: an opt-out topic
 * counts them as subscribed, a `requires_opt_in` one as not. Rows are written only when someone
 * (the contact, a user, an import, a form) decides, so a new topic costs no rows per contact.
 *
 * `consent_event` is the proof of who consented to what, so it is append-only: a trigger refuses
 * UPDATE and DELETE, with two exceptions. GDPR erase anonymises a contact's rows (ip, user agent,
 * text only) inside a transaction that sets `corral.consent_erase` (ConsentService
 * .anonymiseForContact); and deleting a contact takes its ledger with it (the FK cascade runs after
 * the contact row is gone, which the trigger checks). `topic_id` and `form_id` carry no FK: a
 * deleted topic or form must not rewrite history, and the forms table comes later.
 *
 * `unsubscribe_reason` holds the optional answer of the unsubscribe page, per campaign, for the
 * campaign report's counts (no personal data: the contact is not kept).
 */
export class Consent1764001750000 implements MigrationInterface {
  name = 'Consent1764001750000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE topic (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar NOT NULL,
        description text,
        requires_opt_in boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX topic_name_ci_idx ON topic (lower(name))`);
    await q.query(`
      CREATE TABLE contact_subscription (
        contact_id uuid NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        topic_id uuid NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
        status varchar NOT NULL CHECK (status IN ('subscribed', 'unsubscribed', 'pending')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (contact_id, topic_id)
      )`);
    // Audiences ask "who left this topic" / "who joined it": one index walk per campaign.
    await q.query(`CREATE INDEX contact_subscription_topic_idx ON contact_subscription (topic_id, status)`);
    await q.query(`
      CREATE TABLE consent_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contact_id uuid NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        action varchar NOT NULL CHECK (action IN ('subscribed', 'confirmed', 'unsubscribed')),
        topic_id uuid,
        source varchar NOT NULL CHECK (source IN ('form', 'import', 'api', 'manual', 'unsubscribe_link', 'one_click', 'preference_centre')),
        form_id uuid,
        ip varchar,
        user_agent text,
        text text,
        actor_user_id uuid,
        actor_api_key_id uuid,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX consent_event_contact_idx ON consent_event (contact_id, at, id)`);
    await q.query(`
      CREATE FUNCTION consent_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF NOT EXISTS (SELECT 1 FROM contact WHERE id = OLD.contact_id) THEN RETURN OLD; END IF;
        ELSIF current_setting('corral.consent_erase', true) = 'on'
          AND (NEW.id, NEW.contact_id, NEW.action, NEW.topic_id, NEW.source, NEW.form_id, NEW.actor_user_id, NEW.actor_api_key_id, NEW.at)
            IS NOT DISTINCT FROM (OLD.id, OLD.contact_id, OLD.action, OLD.topic_id, OLD.source, OLD.form_id, OLD.actor_user_id, OLD.actor_api_key_id, OLD.at) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'consent_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER consent_event_append_only BEFORE UPDATE OR DELETE ON consent_event FOR EACH ROW EXECUTE FUNCTION consent_event_append_only()`);
    await q.query(`ALTER TABLE campaign ADD COLUMN topic_id uuid REFERENCES topic(id)`);
    await q.query(`ALTER TABLE campaign_skip DROP CONSTRAINT campaign_skip_reason_check`);
    await q.query(`ALTER TABLE campaign_skip ADD CONSTRAINT campaign_skip_reason_check CHECK (reason IN ('excluded_segment', 'unsubscribed_topic', 'suppressed', 'archived'))`);
    // The topic of a workflow email (a campaign's email takes its campaign's): metadata only, no rewrite.
    await q.query(`ALTER TABLE email_log ADD COLUMN topic_id uuid`);
    await q.query(`
      CREATE TABLE unsubscribe_reason (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
        reason varchar NOT NULL CHECK (reason IN ('too_frequent', 'not_relevant', 'never_signed_up', 'other')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX unsubscribe_reason_campaign_idx ON unsubscribe_reason (campaign_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE unsubscribe_reason`);
    await q.query(`ALTER TABLE email_log DROP COLUMN topic_id`);
    await q.query(`DELETE FROM campaign_skip WHERE reason = 'unsubscribed_topic'`);
    await q.query(`ALTER TABLE campaign_skip DROP CONSTRAINT campaign_skip_reason_check`);
    await q.query(`ALTER TABLE campaign_skip ADD CONSTRAINT campaign_skip_reason_check CHECK (reason IN ('excluded_segment', 'suppressed', 'archived'))`);
    await q.query(`ALTER TABLE campaign DROP COLUMN topic_id`);
    await q.query(`DROP TABLE consent_event`);
    await q.query(`DROP FUNCTION consent_event_append_only()`);
    await q.query(`DROP TABLE contact_subscription`);
    await q.query(`DROP TABLE topic`);
  }
}
