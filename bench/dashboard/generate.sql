-- Bench data for the dashboard, generated inside PostgreSQL (generate_series), so building a
-- million rows takes seconds rather than a million round trips. Times are spread over the last
-- year, so "this month" holds about a twelfth of the time-based rows, as in a real install.
-- Members own contacts and deals round-robin; every 10th contact is unassigned.

SET synchronous_commit = off;

INSERT INTO company (name, domain, industry, created_at)
SELECT 'Company ' || g, 'company' || g || '.example', (ARRAY['Software','Retail','Finance','Health','Energy'])[1 + g % 5],
       now() - (g % 365) * interval '1 day'
  FROM generate_series(1, 20000) g;

CREATE TEMP TABLE bench_ref AS
SELECT (SELECT array_agg(id ORDER BY id) FROM company) AS companies,
       (SELECT array_agg(id ORDER BY id) FROM app_user WHERE role = 'member') AS members;

INSERT INTO contact (first_name, last_name, email, company_id, status, tags, assigned_to_id, created_at, updated_at)
SELECT 'First' || g, 'Last' || g, 'contact' || g || '@bench.example',
       CASE WHEN g % 7 = 0 THEN NULL ELSE r.companies[1 + g % 20000] END,
       (ARRAY['lead','lead','lead','prospect','prospect','customer','archived'])[1 + g % 7],
       CASE WHEN g % 3 = 0 THEN ARRAY['newsletter'] ELSE '{}' END,
       CASE WHEN g % 10 = 0 THEN NULL ELSE r.members[1 + g % cardinality(r.members)] END,
       now() - random() * interval '365 days', now()
  FROM generate_series(1, 1000000) g, bench_ref r;

-- Row numbers for picking contacts by arithmetic instead of random lookups.
CREATE TEMP TABLE bench_contact AS SELECT row_number() OVER (ORDER BY id)::int AS n, id, assigned_to_id FROM contact;
ALTER TABLE bench_contact ADD PRIMARY KEY (n);

-- 100,000 deals in the default pipeline: open ones spread over the working stages, closed ones in
-- Won/Lost with a close date in the last year. Values 100–50,000.
CREATE TEMP TABLE bench_stage AS
SELECT row_number() OVER (ORDER BY sort_order)::int AS k, id, pipeline_id, name, sort_order, outcome FROM stage
 WHERE pipeline_id = (SELECT id FROM pipeline WHERE is_default);
INSERT INTO deal (title, value, pipeline_id, stage_id, status, contact_id, assigned_to_id, close_date, created_at, stage_changed_at)
SELECT 'Deal ' || g, round((100 + random() * 49900)::numeric, 2), s.pipeline_id, s.id,
       coalesce(s.outcome, 'open'), c.id, c.assigned_to_id,
       CASE WHEN s.outcome IS NOT NULL THEN current_date - (g % 365) END,
       now() - (g % 365) * interval '1 day', now() - (g % 30) * interval '1 day'
  FROM generate_series(1, 100000) g
  JOIN bench_stage s ON s.k = 1 + g % 6
  JOIN bench_contact c ON c.n = 1 + (g * 7) % 1000000;

-- Stage history: each deal entered every working stage up to its own, a few days apart.
INSERT INTO deal_stage_history (deal_id, pipeline_id, to_stage_id, to_stage_name, changed_at)
SELECT d.id, d.pipeline_id, w.id, w.name, d.created_at + w.sort_order * interval '3 days' + random() * interval '2 days'
  FROM deal d
  JOIN stage cur ON cur.id = d.stage_id
  JOIN bench_stage w ON w.outcome IS NULL AND (w.sort_order <= cur.sort_order OR cur.outcome IS NOT NULL);

-- 200 campaigns of 5,000 emails each (1,000,000 logs), one sending day per campaign over the last
-- year; 2% failed (never sent), 1% bounced, ~30% opened, ~8% clicked.
INSERT INTO email_template (name, subject, html_body) VALUES ('Bench', 'Hello {{first_name}}', '<p>Hello</p>');
INSERT INTO campaign (name, status, template_id, started_at, completed_at)
SELECT 'Campaign ' || c, 'sent', (SELECT id FROM email_template LIMIT 1),
       date_trunc('day', now()) - (c * 365 / 200) * interval '1 day', date_trunc('day', now()) - (c * 365 / 200) * interval '1 day' + interval '2 hours'
  FROM generate_series(1, 200) c;
CREATE TEMP TABLE bench_campaign AS SELECT row_number() OVER (ORDER BY started_at DESC, id)::int AS k, id, started_at FROM campaign;
INSERT INTO email_log (campaign_id, contact_id, template_id, to_email, status, sent_at, opened_at, open_count, clicked_at, click_count)
SELECT cp.id, ct.id, NULL, 'contact' || ct.n || '@bench.example',
       CASE WHEN g % 50 = 0 THEN 'failed' WHEN g % 100 = 1 THEN 'bounced' ELSE 'delivered' END,
       sent.at,
       CASE WHEN g % 50 <> 0 AND abs(hashint4(g)) % 100 < 30 THEN sent.at + interval '3 hours' END,
       CASE WHEN g % 50 <> 0 AND abs(hashint4(g)) % 100 < 30 THEN 1 ELSE 0 END,
       CASE WHEN g % 50 <> 0 AND abs(hashint4(g)) % 100 < 8 THEN sent.at + interval '4 hours' END,
       CASE WHEN g % 50 <> 0 AND abs(hashint4(g)) % 100 < 8 THEN 1 ELSE 0 END
  FROM generate_series(0, 999999) g
  JOIN bench_campaign cp ON cp.k = 1 + g / 5000
  JOIN bench_contact ct ON ct.n = 1 + g
  CROSS JOIN LATERAL (SELECT CASE WHEN g % 50 = 0 THEN NULL ELSE cp.started_at + (g % 5000) * interval '1 second' END AS at) sent;

-- 20 workflows (15 active) of one step; 100,000 executions over the last year (85% completed,
-- 5% failed with a failed step, the rest cancelled), one step execution each.
INSERT INTO workflow (name, trigger_event, is_active)
SELECT 'Workflow ' || w, 'contact_created', w <= 15 FROM generate_series(1, 20) w;
INSERT INTO workflow_step (workflow_id, step_order, action, action_data)
SELECT id, 1, 'add_tag', '{"tag": "bench"}' FROM workflow;
CREATE TEMP TABLE bench_workflow AS
SELECT row_number() OVER (ORDER BY w.name)::int AS k, w.id, s.id AS step_id FROM workflow w JOIN workflow_step s ON s.workflow_id = w.id;
INSERT INTO workflow_execution (workflow_id, contact_id, status, trigger_event, started_at, completed_at, created_at)
SELECT w.id, c.id, CASE WHEN g % 20 = 0 THEN 'failed' WHEN g % 10 = 1 THEN 'cancelled' ELSE 'completed' END, 'contact_created',
       now() - (g % 365) * interval '1 day', now() - (g % 365) * interval '1 day' + interval '5 minutes', now() - (g % 365) * interval '1 day'
  FROM generate_series(1, 100000) g
  JOIN bench_workflow w ON w.k = 1 + g % 20
  JOIN bench_contact c ON c.n = 1 + (g * 13) % 1000000;
INSERT INTO workflow_step_execution (execution_id, step_id, step_order, action, status, scheduled_for, executed_at, error_message)
SELECT e.id, w.step_id, 1, 'add_tag', CASE e.status WHEN 'failed' THEN 'failed' WHEN 'cancelled' THEN 'skipped' ELSE 'completed' END,
       e.started_at, e.completed_at, CASE e.status WHEN 'failed' THEN 'Bench failure' END
  FROM workflow_execution e JOIN bench_workflow w ON w.id = e.workflow_id;
