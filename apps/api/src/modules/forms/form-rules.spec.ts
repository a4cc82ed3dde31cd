import type { FieldRule } from '../fields/custom-field-rules';
import { checkFormFields, consentText, parseSubmission, redirectUrlProblem } from './form-rules';

const tier: FieldRule = { key: 'tier', label: 'Tier', type: 'select', options: [{ value: 'gold', label: 'Gold' }], required: false };
const score: FieldRule = { key: 'score', label: 'Score', type: 'number', options: [], required: false };
const rules = new Map([
  ['tier', tier],
  ['score', score],
]);
const fields = [
  { field: 'email', label: 'Email', required: true },
  { field: 'firstName', label: 'First name', required: false },
  { field: 'cf.tier', label: 'Your tier', required: true },
  { field: 'cf.score', label: 'Score', required: false },
];

describe('checkFormFields', () => {
  it('keeps email required and refuses a form without it, duplicates and unknown names', () => {
    expect(checkFormFields([{ field: 'email', label: ' Email ', required: false }]).fields).toEqual([{ field: 'email', label: 'Email', required: true }]);
    const { errors } = checkFormFields([
      { field: 'firstName', label: 'First', required: false },
      { field: 'firstName', label: 'Again', required: false },
      { field: 'notes', label: 'Notes', required: false },
      { field: 'cf.Bad-Key', label: 'Bad', required: false },
    ]);
    expect(errors.map((e) => e.field)).toEqual(['fields.1.field', 'fields.2.field', 'fields.3.field', 'fields']);
  });
});

describe('parseSubmission', () => {
  it('takes the form’s fields only, typed, and leaves out what was left empty', () => {
    const { submission, errors } = parseSubmission(fields, rules, { email: ' Jo@Example.com ', firstName: '', 'cf.tier': 'Gold', 'cf.score': '42', status: 'customer' });
    expect(errors).toEqual([]);
    expect(submission).toEqual({ email: 'Jo@Example.com', values: {}, customFields: { tier: 'gold', score: 42 }, data: { email: 'Jo@Example.com', 'cf.tier': 'gold', 'cf.score': 42 } });
  });

  it('names each wrong or missing field as the form names it', () => {
    const { errors } = parseSubmission(fields, rules, { email: 'not-an-address', 'cf.score': 'many', firstName: 'x'.repeat(101) });
    expect(errors.map((e) => e.field)).toEqual(['email', 'firstName', 'cf.tier', 'cf.score']);
  });

  it('refuses an object where text is expected', () => {
    expect(parseSubmission(fields, rules, { email: { $ne: '' }, 'cf.tier': 'gold' }).errors).toEqual([{ field: 'email', message: 'Email must be text' }]);
  });
});

describe('redirectUrlProblem and consentText', () => {
  it('allows only http(s) redirects', () => {
    expect(redirectUrlProblem('https://example.com/thanks')).toBeNull();
    expect(redirectUrlProblem('javascript:alert(1)')).not.toBeNull();
    expect(redirectUrlProblem('/thanks')).not.toBeNull();
  });

  it('names the topics and the confirmation step', () => {
    expect(consentText(['News', 'Events'], true)).toContain('emails about News, Events');
    expect(consentText([], false)).not.toContain('confirm');
  });
});
