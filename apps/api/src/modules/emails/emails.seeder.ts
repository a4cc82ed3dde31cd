import { DataSource } from 'typeorm';
import { asAuthUser, Seeder } from '../../database/seed/seeder';
import { EmailSettingsService } from './settings/email-settings.service';
import { TemplatesService } from './templates/templates.service';

/** The seeded templates the automations seeder's workflows send, found there by these names. */
export const SEEDED_TEMPLATE_NAMES = { welcome: 'Welcome', followUp: 'Follow-up' } as const;

const TEMPLATES = [
  {
    name: SEEDED_TEMPLATE_NAMES.welcome,
    subject: 'Welcome to Corral, {{default first_name "there"}}',
    htmlBody: `<html><body style="font-family:Arial,sans-serif;color:#222">
<h1 style="color:#1565c0">Welcome, {{default first_name "there"}}!</h1>
<p>Thanks for your interest{{#if company_name}} — we are glad to have {{company_name}} on board{{/if}}.</p>
<p>Here is where to start: <a href="https://corral.example/getting-started">the getting-started guide</a>.</p>
<p>Talk soon,<br>The Corral team</p>
</body></html>`,
  },
  {
    name: 'Monthly newsletter',
    subject: 'What’s new this month, {{default first_name "friend"}}',
    htmlBody: `<html><body style="font-family:Arial,sans-serif;color:#222">
<h1>Hi {{default first_name "friend"}},</h1>
<p>Three things we shipped this month:</p>
<ul>
<li><a href="https://corral.example/blog/kanban">A faster Kanban board</a></li>
<li><a href="https://corral.example/blog/workflows">Workflows that wait for replies</a></li>
<li><a href="https://corral.example/blog/reports">Campaign reports with click maps</a></li>
</ul>
<p><a href="https://corral.example/pricing" style="background:#1565c0;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">See plans</a></p>
</body></html>`,
  },
  {
    name: 'Product launch',
    subject: '{{company_name}}: meet Corral 2.0',
    htmlBody: `<html><body style="font-family:Arial,sans-serif;color:#222">
<h1>Corral 2.0 is here</h1>
<p>{{default first_name "Hello"}}, the new version brings automation to every team{{#if company_name}} at {{company_name}}{{/if}}.</p>
<p><a href="https://corral.example/launch">Read the announcement</a></p>
</body></html>`,
  },
  {
    name: SEEDED_TEMPLATE_NAMES.followUp,
    subject: 'How is it going, {{default first_name "friend"}}?',
    htmlBody:
      '<p>Hi {{default first_name "there"}},</p><p>It has been a few days: how is it going? Reply to this email and a person will answer.</p><p>— The Corral team</p>',
  },
];

const NEWSLETTER_LINKS = [
  'https://corral.example/blog/kanban',
  'https://corral.example/blog/workflows',
  'https://corral.example/blog/reports',
  'https://corral.example/pricing',
];

/**
 * Templates, a draft and a scheduled campaign, and one campaign sent three days ago whose report
 * has opens, clicks, bounces and an unsubscribe or two. Its email logs are written directly (no
 * email is sent), deterministically (setseed), for whatever contacts the contacts seeder created.
 */
export const emailsSeeder: Seeder = {
  name: 'emails',
  async run({ app, users, log }) {
    const db = app.get(DataSource);
    await app.get(EmailSettingsService).update({ fromEmail: 'hello@corral.example', fromName: 'Corral', postalAddress: 'Corral Inc., 21 Harbour Street, Portsmouth PO1 2AB, UK' });
    const templates = app.get(TemplatesService);
    const manager = asAuthUser(users.manager);
    const templateIds: string[] = [];
    for (const template of TEMPLATES) {
      // Created as the editor creates them, so a seed template that does not compile stops the seed.
      const created = await templates.create(template, manager).catch((error: Error) => {
        throw new Error(`emails seed: template "${template.name}": ${error.message}`, { cause: error });
      });
      templateIds.push(created.id);
    }
    const [welcomeId, newsletterId, launchId] = templateIds;
    await db.query(
      `INSERT INTO campaign (name, description, template_id, segment_filter, status, created_by_id)
       VALUES ('Spring launch', 'Announcement for customers', $1, '{"status":["customer"]}', 'draft', $2)`,
      [launchId, users.manager.id],
    );
    await db.query(
      `INSERT INTO campaign (name, description, template_id, segment_filter, status, scheduled_at, created_by_id)
       VALUES ('Welcome series: new leads', 'Goes out next Monday', $1, '{"status":["lead"]}', 'scheduled', date_trunc('week', now()) + interval '7 days 9 hours', $2)`,
      [welcomeId, users.manager.id],
    );

    const newsletter = TEMPLATES[1];
    const [campaign] = await db.query(
      `INSERT INTO campaign (name, description, template_id, segment_filter, status, started_at, completed_at, audience_expanded_at,
                             template_snapshot, created_by_id, created_at)
       VALUES ('Monthly newsletter', 'Everyone except archived contacts', $1, '{}', 'sent',
               now() - interval '3 days', now() - interval '3 days' + interval '4 minutes', now() - interval '3 days',
               $2, $3, now() - interval '4 days')
       RETURNING id, started_at`,
      [newsletterId, JSON.stringify({ subject: newsletter.subject, htmlBody: newsletter.htmlBody, textBody: null, fromEmail: null, fromName: null }), users.manager.id],
    );
    await db.query(
      `INSERT INTO campaign_link (campaign_id, url, url_hash) SELECT $1, u, encode(sha256(convert_to(u, 'UTF8')), 'hex') FROM unnest($2::text[]) AS u`,
      [campaign.id, NEWSLETTER_LINKS],
    );
    // A fixed seed makes the demo report the same on every machine.
    await db.query('SELECT setseed(0.42)');
    await db.query(
      `WITH audience AS (
         SELECT c.id, c.email, c.first_name, row_number() OVER (ORDER BY c.id) AS n, random() AS r1, random() AS r2, random() AS r3, random() AS r4
         FROM contact c WHERE c.status <> 'archived' ORDER BY c.id LIMIT 5000
       ), outcome AS (
         SELECT a.*, $2::timestamptz + (a.n * interval '40 milliseconds') AS sent_at,
                CASE WHEN a.r1 < 0.02 THEN 'failed' WHEN a.r1 < 0.045 THEN 'bounced' WHEN a.r1 < 0.6 THEN 'delivered' ELSE 'sent' END AS status
         FROM audience a
       ), engaged AS (
         SELECT o.*,
                CASE WHEN o.status IN ('sent', 'delivered') AND o.r2 < 0.44 THEN o.sent_at + (o.r3 * o.r3 * interval '60 hours') END AS opened_at
         FROM outcome o
       )
       INSERT INTO email_log (campaign_id, contact_id, template_id, to_email, status, attempts, message_id, rendered_subject, error_message,
                              sent_at, delivered_at, opened_at, open_count, clicked_at, click_count, clicked_links, unsubscribed_at, created_at, updated_at)
       SELECT $1, e.id, $3, e.email, e.status, 1, '<' || gen_random_uuid() || '@corral.example>',
              'What’s new this month, ' || coalesce(nullif(e.first_name, ''), 'friend'),
              CASE e.status WHEN 'failed' THEN '550 5.1.1 The email account that you tried to reach does not exist'
                            WHEN 'bounced' THEN '550 5.7.1 Mailbox full' END,
              CASE WHEN e.status <> 'failed' THEN e.sent_at END,
              CASE WHEN e.status = 'delivered' THEN e.sent_at + interval '2 seconds' END,
              e.opened_at,
              CASE WHEN e.opened_at IS NULL THEN 0 ELSE 1 + floor(e.r4 * 3)::int END,
              CASE WHEN e.r2 < 0.13 AND e.opened_at IS NOT NULL THEN e.opened_at + (e.r4 * interval '20 minutes') END,
              CASE WHEN e.r2 < 0.13 AND e.opened_at IS NOT NULL THEN 1 + floor(e.r3 * 2)::int ELSE 0 END,
              CASE WHEN e.r2 < 0.13 AND e.opened_at IS NOT NULL THEN jsonb_build_array(($4::text[])[1 + floor(e.r4 * 4)::int]) ELSE '[]'::jsonb END,
              CASE WHEN e.r2 BETWEEN 0.13 AND 0.138 AND e.opened_at IS NOT NULL THEN e.opened_at + interval '1 minute' END,
              $2, e.sent_at
       FROM engaged e`,
      [campaign.id, campaign.started_at, newsletterId, NEWSLETTER_LINKS],
    );
    await db.query(
      `INSERT INTO suppression (email, reason, detail, created_at)
       SELECT to_email, CASE WHEN status = 'bounced' THEN 'bounced' ELSE 'unsubscribed' END,
              CASE WHEN status = 'bounced' THEN error_message ELSE 'From campaign "Monthly newsletter"' END, coalesce(unsubscribed_at, sent_at)
       FROM email_log WHERE campaign_id = $1 AND (status = 'bounced' OR unsubscribed_at IS NOT NULL)
       ON CONFLICT ((lower(email))) DO NOTHING`,
      [campaign.id],
    );
    const [stats] = await db.query(
      `SELECT count(*)::int AS recipients, count(opened_at)::int AS opened, count(clicked_at)::int AS clicked FROM email_log WHERE campaign_id = $1`,
      [campaign.id],
    );
    log(`emails: ${TEMPLATES.length} templates, 3 campaigns; "Monthly newsletter" reached ${stats.recipients} contacts (${stats.opened} opened, ${stats.clicked} clicked)`);
  },
};
