import {
  assigneeLabel,
  draftFromWorkflow,
  draftToInput,
  emptyDraft,
  formatDelay,
  joinDelay,
  newStep,
  ownerProblem,
  splitDelay,
  stepSummary,
  stepTiming,
  triggerCondition,
  type Workflow,
  type WorkflowStep,
  workflowFormFields,
} from '../workflow-form';

describe('workflow form model', () => {
  it('splits and joins delays in days, hours and minutes', () => {
    expect(splitDelay(3 * 1440 + 125)).toEqual({ days: 3, hours: 2, minutes: 5 });
    expect(joinDelay({ days: 3, hours: 2, minutes: 5 })).toBe(4445);
    expect(formatDelay(0)).toBe('');
    expect(formatDelay(1440 + 60)).toBe('1 day 1 h');
    expect(formatDelay(45)).toBe('45 min');
  });

  it('sends the steps in the order shown, with only the data each action uses', () => {
    const draft = emptyDraft();
    draft.name = '  Welcome  ';
    draft.triggerEvent = 'tag_added';
    draft.tag = ' vip ';
    draft.pipelineId = 'left-over-from-another-trigger';
    draft.steps = [
      { ...newStep('send_email'), emailTemplateId: 'tpl-1', tag: 'ignored' },
      { ...newStep('add_tag'), tag: ' nurtured ', delay: { days: 3, hours: 0, minutes: 0 } },
      { ...newStep('assign_to'), id: 'step-9', userId: 'user-1', isEnabled: false },
    ];
    expect(draftToInput(draft)).toEqual({
      name: 'Welcome',
      description: null,
      triggerEvent: 'tag_added',
      triggerData: { tag: 'vip' },
      // A new draft is off until the user switches it on.
      isActive: false,
      steps: [
        { order: 1, action: 'send_email', delayMinutes: 0, emailTemplateId: 'tpl-1', actionData: {}, isEnabled: true },
        { order: 2, action: 'add_tag', delayMinutes: 4320, emailTemplateId: null, actionData: { tag: 'nurtured' }, isEnabled: true },
        { id: 'step-9', order: 3, action: 'assign_to', delayMinutes: 0, emailTemplateId: null, actionData: { userId: 'user-1' }, isEnabled: false },
      ],
    });
  });

  it('round-trips a saved workflow and keeps step ids', () => {
    const workflow = {
      id: 'wf-1',
      name: 'Stage',
      description: null,
      triggerEvent: 'deal_stage_changed',
      triggerData: { pipelineId: 'p-1', stageId: 's-1' },
      isActive: false,
      steps: [
        { id: 'st-1', order: 1, action: 'change_status', delayMinutes: 90, emailTemplateId: null, actionData: { status: 'customer' }, isEnabled: true, assignee: null },
        { id: 'st-2', order: 2, action: 'assign_to', delayMinutes: 0, emailTemplateId: null, actionData: { userId: 'u-ana' }, isEnabled: true, assignee: { id: 'u-ana', name: 'Ana Lopez', isActive: true } },
      ],
      executionCounts: { running: 0, completed: 0, failed: 0, cancelled: 0 },
      createdById: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    } satisfies Workflow;
    const draft = draftFromWorkflow(workflow);
    expect(draft.steps[1].assignee).toEqual({ id: 'u-ana', name: 'Ana Lopez', isActive: true });
    const input = draftToInput(draft);
    expect(input.triggerData).toEqual({ pipelineId: 'p-1', stageId: 's-1' });
    // The assignee is the API's description of the user, not something to send back.
    expect(input.steps).toEqual([
      { id: 'st-1', order: 1, action: 'change_status', delayMinutes: 90, emailTemplateId: null, actionData: { status: 'customer' }, isEnabled: true },
      { id: 'st-2', order: 2, action: 'assign_to', delayMinutes: 0, emailTemplateId: null, actionData: { userId: 'u-ana' }, isEnabled: true },
    ]);
  });

  it('puts the API’s step errors under the input of the step they name, and what no input can fix nowhere', () => {
    const fields = workflowFormFields(2);
    expect(fields['steps.1.actionData.tag']).toBe('steps.1.tag');
    expect(fields['steps.0.actionData.userId']).toBe('steps.0.userId');
    expect(fields['steps.1.delayMinutes']).toBe('steps.1.delay.days');
    expect(fields['triggerData.stageId']).toBe('stageId');
    expect(fields['steps.2.action']).toBeUndefined();
    expect(fields['steps.0.id']).toBeUndefined();
    expect(fields.steps).toBeUndefined();
  });
});

describe('assigneeLabel', () => {
  it('names the owner the API described, says when they were deactivated or deleted, or that none was chosen', () => {
    expect(assigneeLabel('u-ana', { id: 'u-ana', name: 'Ana Lopez', isActive: true })).toBe('Ana Lopez');
    expect(assigneeLabel('u-ana', { id: 'u-ana', name: 'Ana Lopez', isActive: false })).toBe('Ana Lopez (deactivated)');
    expect(assigneeLabel('u-gone', null)).toBe('a deleted user');
    expect(assigneeLabel('', null)).toBe('Nobody chosen yet');
  });
});

describe('read-only descriptions', () => {
  const step = (overrides: Partial<WorkflowStep>): WorkflowStep => ({ id: 's', order: 1, action: 'wait', delayMinutes: 0, emailTemplateId: null, actionData: {}, isEnabled: true, assignee: null, ...overrides });
  const names = { template: (id: string) => (id === 'tpl-1' ? 'Welcome' : 'a deleted template') };

  it('says what each step does and when', () => {
    expect(stepSummary(step({ action: 'send_email', emailTemplateId: 'tpl-1' }), names)).toBe('Send email: Welcome');
    expect(stepSummary(step({ action: 'send_email' }), names)).toBe('Send email: no template chosen');
    expect(stepSummary(step({ action: 'wait', delayMinutes: 2880 }), names)).toBe('Wait 2 days');
    expect(stepSummary(step({ action: 'assign_to', actionData: { userId: 'u-ana' }, assignee: { id: 'u-ana', name: 'Ana Lopez', isActive: true } }), names)).toBe('Assign to: Ana Lopez');
    expect(stepSummary(step({ action: 'assign_to', actionData: { userId: 'u-gone' } }), names)).toBe('Assign to: a deleted user');
    expect(stepSummary(step({ action: 'add_tag', actionData: { tag: 'vip' } }), names)).toBe('Add tag: vip');
    expect(stepSummary(step({ action: 'remove_tag', actionData: { tag: 'vip' } }), names)).toBe('Remove tag: vip');
    expect(stepSummary(step({ action: 'change_status', actionData: { status: 'customer' } }), names)).toBe('Change status: Customer');
    expect(stepTiming(step({ action: 'add_tag', delayMinutes: 0 }), 0)).toBe('Right after the trigger');
    expect(stepTiming(step({ action: 'add_tag', delayMinutes: 1500 }), 2)).toBe('1 day 1 h after step 2');
    expect(stepTiming(step({ action: 'wait', delayMinutes: 60 }), 1)).toBeNull();
  });

  it('says what a trigger filters on, naming the pipeline and stage', () => {
    const pipelines = [{ id: 'p-1', name: 'Sales', stages: [{ id: 'st-won', name: 'Won' }] }];
    expect(triggerCondition('tag_added', { tag: 'vip' }, [])).toBe('Only for the tag “vip”');
    expect(triggerCondition('tag_added', {}, [])).toBe('For any tag');
    expect(triggerCondition('contact_updated', { field: 'assignedToId' }, [])).toBe('Only when owner changes');
    expect(triggerCondition('deal_stage_changed', { pipelineId: 'p-1', stageId: 'st-won' }, pipelines)).toBe('Entering “Won” in Sales');
    expect(triggerCondition('deal_stage_changed', { stageId: 'st-won' }, pipelines)).toBe('Entering “Won” in Sales');
    expect(triggerCondition('deal_stage_changed', { pipelineId: 'p-1' }, pipelines)).toBe('Entering any stage of Sales');
    expect(triggerCondition('contact_created', {}, pipelines)).toBeNull();
    // The list's caption: only a filter that is set.
    expect(triggerCondition('tag_added', { tag: 'vip' }, [], { short: true })).toBe('tag “vip”');
    expect(triggerCondition('tag_added', {}, [], { short: true })).toBeNull();
    expect(triggerCondition('contact_updated', { field: 'assignedToId' }, [], { short: true })).toBe('owner');
    expect(triggerCondition('deal_stage_changed', { stageId: 'st-won' }, pipelines, { short: true })).toBe('to “Won”');
    expect(triggerCondition('deal_stage_changed', { pipelineId: 'p-1' }, pipelines, { short: true })).toBe('in “Sales”');
    expect(triggerCondition('deal_stage_changed', {}, pipelines, { short: true })).toBeNull();
  });
});

describe('ownerProblem', () => {
  const ana = { id: 'u-ana', name: 'Ana Lopez', isActive: false };
  const bo = { id: 'u-bo', name: 'Bo Active', isActive: true };

  it('names a deactivated or deleted owner and says the step fails (or, switched off, is skipped) and saving is refused', () => {
    expect(ownerProblem({ userId: 'u-bo', assignee: bo, isEnabled: true })).toBeNull();
    expect(ownerProblem({ userId: '', assignee: null, isEnabled: true })).toBeNull();
    const deactivated = ownerProblem({ userId: 'u-ana', assignee: ana, isEnabled: true });
    expect(deactivated?.label).toBe('Ana Lopez (deactivated)');
    expect(deactivated?.warning).toMatch(/^Ana Lopez has been deactivated\. When this step runs it fails.*cannot be saved/);
    expect(ownerProblem({ userId: 'u-ana', assignee: ana, isEnabled: false })?.warning).toMatch(/switched off, so executions skip it, but the workflow cannot be saved/);
    expect(ownerProblem({ userId: 'u-gone', assignee: null, isEnabled: true })).toMatchObject({ label: 'Deleted user', warning: expect.stringMatching(/^The user this step assigned to has been deleted\./) });
  });
});
