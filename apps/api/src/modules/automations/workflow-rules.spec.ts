import { checkSteps, checkTriggerData, planSchedule, retryDelayMs, triggerMatches } from './workflow-rules';

const UUID = '0b5c6a3e-6a0f-4d6e-9a43-1c1f2b7a9e10';

describe('checkSteps', () => {
  it('sends a webhook to an endpoint only: a bare URL or a missing endpoint names the field', () => {
    const { steps, errors } = checkSteps([
      { action: 'send_webhook', actionData: { endpointId: UUID } },
      { action: 'send_webhook', actionData: { url: 'https://example.com/hook' } },
      { action: 'send_webhook', actionData: {} },
      { action: 'send_webhook', actionData: { endpointId: 'nope' } },
    ]);
    expect(steps[0].actionData).toEqual({ endpointId: UUID });
    expect(errors.map((e) => e.field)).toEqual(['steps.1.actionData.url', 'steps.2.actionData.endpointId', 'steps.3.actionData.endpointId']);
    expect(errors[0].message).toContain('webhook endpoint');
  });

  it('names the step and field of every action-specific mistake', () => {
    const { errors } = checkSteps([
      { action: 'send_email' },
      { action: 'add_tag', actionData: {} },
      { action: 'change_status', actionData: { status: 'vip' } },
      { action: 'assign_to', actionData: { userId: 'nobody' } },
      { action: 'wait', emailTemplateId: UUID },
      { action: 'remove_tag', actionData: { tag: 'x', colour: 'red' } },
    ]);
    expect(errors).toEqual([
      { field: 'steps.0.emailTemplateId', message: 'Step 1: choose an email template' },
      { field: 'steps.1.actionData.tag', message: 'Step 2: enter the tag to add (1 to 50 characters)' },
      { field: 'steps.2.actionData.status', message: 'Step 3: choose a status (lead, prospect, customer, archived)' },
      { field: 'steps.3.actionData.userId', message: 'Step 4: choose the user to assign contacts to' },
      { field: 'steps.4.emailTemplateId', message: 'Step 5: only “Send email” steps take an email template' },
      { field: 'steps.5.actionData.colour', message: 'Step 6: a “Remove tag” step takes no colour' },
    ]);
  });

  it('orders by explicit order, renumbers 1..n and keeps the request index for error names', () => {
    const { steps, errors } = checkSteps([
      { action: 'wait', order: 20, delayMinutes: 60 },
      { action: 'add_tag', order: 5, actionData: { tag: '  Hot   Lead ' } },
    ]);
    expect(errors).toEqual([]);
    expect(steps.map((s) => [s.order, s.action, s.inputIndex])).toEqual([
      [1, 'add_tag', 1],
      [2, 'wait', 0],
    ]);
    expect(steps[0].actionData).toEqual({ tag: 'hot lead' });
    expect(steps[1].delayMinutes).toBe(60);
  });

  it('refuses duplicate orders and duplicate ids', () => {
    const { errors } = checkSteps([
      { id: UUID, action: 'wait', order: 1 },
      { id: UUID, action: 'wait', order: 1 },
    ]);
    expect(errors.map((e) => e.field)).toEqual(['steps.1.order', 'steps.1.id']);
  });
});

describe('checkTriggerData', () => {
  it('accepts the filter of each trigger and normalizes tags', () => {
    expect(checkTriggerData('tag_added', { tag: ' VIP ' })).toEqual({ data: { tag: 'vip' }, errors: [] });
    expect(checkTriggerData('deal_stage_changed', { pipelineId: UUID }).data).toEqual({ pipelineId: UUID });
    expect(checkTriggerData('contact_updated', { field: 'status' }).data).toEqual({ field: 'status' });
    expect(checkTriggerData('contact_updated', { field: 'cf.member_rating' }).data).toEqual({ field: 'cf.member_rating' });
  });

  it('refuses keys another trigger uses and bad values', () => {
    expect(checkTriggerData('contact_created', { tag: 'x' }).errors).toEqual([
      { field: 'triggerData.tag', message: 'The “Contact created” trigger takes no filter' },
    ]);
    expect(checkTriggerData('contact_updated', { field: 'password' }).errors[0].field).toBe('triggerData.field');
    expect(checkTriggerData('contact_updated', { field: 'cf.Bad Key' }).errors[0].field).toBe('triggerData.field');
    expect(checkTriggerData('deal_stage_changed', { stageId: 'stage-1' }).errors).toEqual([
      { field: 'triggerData.stageId', message: 'must be a UUID' },
    ]);
  });
});

describe('planSchedule', () => {
  it('counts every delay from the step before it', () => {
    const start = new Date('2026-01-01T10:00:00Z');
    const due = planSchedule([{ delayMinutes: 0 }, { delayMinutes: 3 * 1440 }, { delayMinutes: 0 }, { delayMinutes: 90 }], start);
    expect(due.map((d) => d.toISOString())).toEqual([
      '2026-01-01T10:00:00.000Z',
      '2026-01-04T10:00:00.000Z',
      '2026-01-04T10:00:00.000Z',
      '2026-01-04T11:30:00.000Z',
    ]);
  });
});

describe('retryDelayMs', () => {
  it('backs off and stays at the longest delay', () => {
    expect([1, 2, 3, 4, 5, 9].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 5, 15, 60, 60, 60]);
  });
});

describe('triggerMatches', () => {
  it('applies the tag, stage and changed-field filters', () => {
    expect(triggerMatches('tag_added', { tag: 'vip' }, { event: 'tag_added', tag: 'VIP' })).toBe(true);
    expect(triggerMatches('tag_added', { tag: 'vip' }, { event: 'tag_added', tag: 'cold' })).toBe(false);
    expect(triggerMatches('tag_added', {}, { event: 'tag_added', tag: 'anything' })).toBe(true);
    expect(triggerMatches('deal_stage_changed', { stageId: UUID }, { event: 'deal_stage_changed', pipelineId: 'p', stageId: UUID })).toBe(true);
    expect(triggerMatches('deal_stage_changed', { pipelineId: UUID }, { event: 'deal_stage_changed', pipelineId: 'other', stageId: 's' })).toBe(false);
    expect(triggerMatches('contact_updated', { field: 'status' }, { event: 'contact_updated', changedFields: ['notes'] })).toBe(false);
    expect(triggerMatches('contact_updated', { field: 'status' }, { event: 'contact_updated', changedFields: ['notes', 'status'] })).toBe(true);
    expect(triggerMatches('contact_created', {}, { event: 'tag_added' })).toBe(false);
  });
});
