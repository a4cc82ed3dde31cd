import { DataSource } from 'typeorm';
import type { Seeder } from '../../database/seed/seeder';
import { ContactsService } from '../contacts/contacts.service';
import { PipelinesService } from '../deals/pipelines.service';
import { SEEDED_TEMPLATE_NAMES } from '../emails/emails.seeder';
import { TemplatesService } from '../emails/templates/templates.service';
import { WorkflowsService } from './workflows.service';

const DAY = 86_400_000;
const MINUTE = 60_000;

/** A template the emails seeder created (it runs first): the workflows send its templates, not copies. */
async function seededTemplateId(templates: TemplatesService, name: string): Promise<string> {
  const template = await templates.findByName(name);
  if (!template) throw new Error(`automations seed: the emails seeder created no template "${name}"`);
  return template.id;
}

interface PlannedStep {
  delayMinutes: number;
  action: string;
  stepId: string;
}

/**
 * Four workflows (welcome series, hot-lead hand-off, a manual win-back, an inactive deal follow-up)
 * and a history of executions on the oldest contacts: completed, still waiting for a delayed step,
 * one failed. History is written directly, with past dates, so seeding sends no email; the waiting
 * steps run for real when their time comes.
 */
export const automationsSeeder: Seeder = {
  name: 'automations',
  async run({ app, users, log }) {
    const dataSource = app.get(DataSource);
    const workflows = app.get(WorkflowsService);
    const templates = app.get(TemplatesService);

    const welcomeId = await seededTemplateId(templates, SEEDED_TEMPLATE_NAMES.welcome);
    const followUpId = await seededTemplateId(templates, SEEDED_TEMPLATE_NAMES.followUp);

    const welcome = await workflows.create(
      {
        name: 'Welcome series',
        description: 'Welcome every new contact, then follow up three days later.',
        triggerEvent: 'contact_created',
        isActive: true,
        steps: [
          { action: 'send_email', emailTemplateId: welcomeId },
          { action: 'add_tag', delayMinutes: 3 * 1440, actionData: { tag: 'nurtured' } },
          { action: 'send_email', emailTemplateId: followUpId },
        ],
      },
      users.admin.id,
    );
    const hotLead = await workflows.create(
      {
        name: 'Hot lead hand-off',
        description: 'A contact tagged “hot” becomes a prospect and goes to the sales manager.',
        triggerEvent: 'tag_added',
        triggerData: { tag: 'hot' },
        isActive: true,
        steps: [
          { action: 'change_status', actionData: { status: 'prospect' } },
          { action: 'assign_to', actionData: { userId: users.manager.id } },
        ],
      },
      users.admin.id,
    );
    await workflows.create(
      {
        name: 'Win-back',
        description: 'Run by hand on contacts who went quiet.',
        triggerEvent: 'manual',
        isActive: true,
        steps: [
          { action: 'add_tag', actionData: { tag: 'win-back' } },
          { action: 'send_email', emailTemplateId: followUpId },
          { action: 'remove_tag', delayMinutes: 14 * 1440, actionData: { tag: 'win-back' } },
        ],
      },
      users.manager.id,
    );
    const sales = await app.get(PipelinesService).getDefault();
    const target = sales?.stages.find((s) => !s.outcome && s.order > 0) ?? sales?.stages[0];
    if (sales && target) {
      await workflows.create(
        {
          name: `Deal reached ${target.name}`,
          description: 'Switched off: turn it on to tag contacts whose deal reaches this stage.',
          triggerEvent: 'deal_stage_changed',
          triggerData: { pipelineId: sales.pipeline.id, stageId: target.id },
          isActive: false,
          steps: [{ action: 'add_tag', actionData: { tag: `stage-${target.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` } }],
        },
        users.admin.id,
      );
    }

    const contacts: { id: string }[] = await dataSource.query(`SELECT id FROM contact WHERE status <> 'archived' ORDER BY created_at, id LIMIT 16`);
    const now = Date.now();
    const plan = (steps: { id: string; delayMinutes: number; action: string }[]): PlannedStep[] =>
      steps.map((s) => ({ stepId: s.id, delayMinutes: s.delayMinutes, action: s.action }));
    let executions = 0;
    await dataSource.transaction(async (manager) => {
      const insert = async (workflowId: string, contactId: string, trigger: string, steps: PlannedStep[], startedAt: number, outcome: 'completed' | 'waiting' | 'failed') => {
        let at = startedAt;
        const times = steps.map((s) => (at += s.delayMinutes * MINUTE));
        const status = outcome === 'completed' ? 'completed' : outcome === 'failed' ? 'failed' : 'in_progress';
        const ended = outcome === 'waiting' ? null : new Date(outcome === 'failed' ? times[0] : times[times.length - 1]);
        const [execution] = await manager.query(
          `INSERT INTO workflow_execution (workflow_id, contact_id, status, trigger_event, started_at, completed_at, error_message, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5::timestamptz, $6::timestamptz, $7, $5::timestamptz, coalesce($6::timestamptz, $5::timestamptz)) RETURNING id`,
          [workflowId, contactId, status, trigger, new Date(startedAt), ended, outcome === 'failed' ? 'Step 1 (send_email) failed: 550 5.1.1 Mailbox does not exist' : null],
        );
        for (const [i, step] of steps.entries()) {
          const due = new Date(times[i]);
          const done = outcome === 'completed' || (outcome === 'waiting' && due.getTime() <= now);
          const stepStatus = outcome === 'failed' ? (i === 0 ? 'failed' : 'skipped') : done ? 'completed' : 'pending';
          const error = outcome === 'failed' ? (i === 0 ? '550 5.1.1 Mailbox does not exist' : 'An earlier step failed') : null;
          const ran = stepStatus === 'completed' || stepStatus === 'failed';
          await manager.query(
            `INSERT INTO workflow_step_execution (execution_id, step_id, step_order, action, status, scheduled_for, executed_at, error_message, attempts, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)`,
            [execution.id, step.stepId, i + 1, step.action, stepStatus, due, ran ? new Date(due.getTime() + 2000) : null, error, ran ? 1 : 0, new Date(startedAt)],
          );
        }
        executions++;
      };
      const welcomeSteps = plan(welcome.steps);
      for (const [i, contact] of contacts.slice(0, 12).entries()) {
        // Eight finished the series weeks ago, three are waiting for the follow-up, one address bounced.
        if (i < 8) await insert(welcome.id, contact.id, 'contact_created', welcomeSteps, now - (30 - i * 2) * DAY, 'completed');
        else if (i < 11) await insert(welcome.id, contact.id, 'contact_created', welcomeSteps, now - (i - 7) * 0.7 * DAY, 'waiting');
        else await insert(welcome.id, contact.id, 'contact_created', welcomeSteps, now - 5 * DAY, 'failed');
      }
      for (const contact of contacts.slice(12, 16)) {
        await insert(hotLead.id, contact.id, 'tag_added', plan(hotLead.steps), now - 2 * DAY, 'completed');
      }
    });
    // What those executions did, done for real so contacts and history agree. `sourceWorkflowId`
    // keeps these changes from starting the very workflows they come from.
    const contactsService = app.get(ContactsService);
    for (const contact of contacts.slice(0, 8)) {
      await contactsService.addTags(contact.id, ['nurtured'], { sourceWorkflowId: welcome.id });
    }
    for (const contact of contacts.slice(12, 16)) {
      await contactsService.addTags(contact.id, ['hot'], { actorId: users.admin.id, sourceWorkflowId: hotLead.id });
      await contactsService.updateFields(contact.id, { status: 'prospect', assignedToId: users.manager.id }, { sourceWorkflowId: hotLead.id });
    }
    log(`4 workflows, ${executions} executions`);
  },
};
