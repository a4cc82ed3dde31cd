import { fieldLabel, fieldMessage } from './field-messages';

describe('field messages', () => {
  it('names fields as the forms label them, numbering steps and stages from 1', () => {
    expect(fieldLabel('firstName')).toEqual({ item: null, label: 'First name' });
    expect(fieldLabel('assignedToId')).toEqual({ item: null, label: 'Owner' });
    expect(fieldLabel('steps.0.delayMinutes')).toEqual({ item: 'Step 1', label: 'Delay' });
    expect(fieldLabel('steps.2.actionData.tag')).toEqual({ item: 'Step 3', label: 'Tag' });
    expect(fieldLabel('stages.1.probability')).toEqual({ item: 'Stage 2', label: 'Probability' });
    expect(fieldLabel('triggerData.tag')).toEqual({ item: null, label: 'Trigger tag' });
    expect(fieldLabel('contactIds.4')).toEqual({ item: 'Contact 5', label: '' });
    expect(fieldLabel('expectedRevenueId')).toEqual({ item: null, label: 'Expected revenue' });
  });

  it('turns a rule’s fragment into a sentence that starts with the field, in the API’s own wording', () => {
    expect(fieldMessage('email', 'must be a valid email address')).toBe('Email must be a valid email address');
    expect(fieldMessage('name', 'must be shorter than or equal to 200 characters')).toBe('Name must be at most 200 characters');
    expect(fieldMessage('password', 'must be longer than or equal to 8 characters')).toBe('Password must be at least 8 characters');
    expect(fieldMessage('htmlBody', 'should not be empty')).toBe('HTML body must not be empty');
    expect(fieldMessage('steps.1.delayMinutes', 'must not be negative')).toBe('Step 2: delay must not be negative');
    expect(fieldMessage('steps.0.htmlBody', 'must not be empty')).toBe('Step 1: HTML body must not be empty');
    expect(fieldMessage('tags', 'each tag must be at most 50 characters')).toBe('Tags: each tag must be at most 50 characters');
    expect(fieldMessage('contactIds.1', 'is not one of the contacts you can see')).toBe('Contact 2 is not one of the contacts you can see');
    expect(fieldMessage('role', 'must be one of the following values: admin, manager')).toBe('Role must be one of admin, manager');
  });

  it('leaves a whole sentence as it is, so applying it twice changes nothing', () => {
    expect(fieldMessage('steps.0.emailTemplateId', 'Step 1: choose an email template')).toBe('Step 1: choose an email template');
    expect(fieldMessage('htmlBody', 'Line 3: {{#if}} is not closed: add {{/if}} where the block ends')).toBe('Line 3: {{#if}} is not closed: add {{/if}} where the block ends');
    const once = fieldMessage('closeDate', 'is not a calendar date');
    expect(once).toBe('Close date is not a calendar date');
    expect(fieldMessage('closeDate', once)).toBe(once);
  });
});
