import { FieldError } from '../../common/filters/problem';
import { CustomValue, FIELD_KEY_PATTERN, FieldRule, normalizeValue, parseCellValue } from '../fields/custom-field-rules';

/** Contact fields a form may ask for (API names); `email` is in every form. */
export const CONTACT_FORM_FIELDS = ['email', 'firstName', 'lastName', 'phone'] as const;
export type ContactFormField = (typeof CONTACT_FORM_FIELDS)[number];

export const FORM_FIELDS_MAX = 30;
export const FORM_LABEL_MAX = 100;
/** Longest value of a built-in field a signup may set, as the contact columns allow. */
const VALUE_MAX: Record<Exclude<ContactFormField, 'email'>, number> = { firstName: 100, lastName: 100, phone: 50 };
const EMAIL_MAX = 254;
/** Deliberately loose: one @, a dot in the domain, no spaces. The confirmation email is the real test. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The hidden field people never see and bots fill in. Its name looks like a field a bot wants
 * to fill; a submission holding anything in it answers success and changes nothing.
 */
export const HONEYPOT_FIELD = 'website';

export interface FormField {
  /** A contact field (`email`, `firstName`, …) or `cf.<key>` of a contact custom field. */
  field: string;
  label: string;
  required: boolean;
}

export const DEFAULT_LABELS: Record<ContactFormField, string> = { email: 'Email', firstName: 'First name', lastName: 'Last name', phone: 'Phone' };

export function isContactFormField(field: string): field is ContactFormField {
  return (CONTACT_FORM_FIELDS as readonly string[]).includes(field);
}

/** The custom field key of `cf.<key>`, or null for a built-in field. */
export function customKeyOf(field: string): string | null {
  return field.startsWith('cf.') ? field.slice(3) : null;
}

/**
 * A form's fields as stored: email always there and required (a signup without an address is
 * nobody), each field once, labels trimmed. Returns the field errors under `fields.<i>`; whether a
 * custom field exists is the service's check.
 */
export function checkFormFields(fields: FormField[]): { fields: FormField[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const cleaned = fields.map((f, index) => {
    const path = `fields.${index}`;
    const key = customKeyOf(f.field);
    if (!isContactFormField(f.field) && !(key && FIELD_KEY_PATTERN.test(key))) {
      errors.push({ field: `${path}.field`, message: `must be one of ${CONTACT_FORM_FIELDS.join(', ')}, or cf.<key> of a contact custom field` });
    } else if (seen.has(f.field)) {
      errors.push({ field: `${path}.field`, message: `${f.field} is already in the form` });
    }
    seen.add(f.field);
    const label = f.label.trim();
    if (!label) errors.push({ field: `${path}.label`, message: 'must not be empty' });
    return { field: f.field, label, required: f.field === 'email' ? true : f.required };
  });
  if (!seen.has('email')) errors.push({ field: 'fields', message: 'must include the email field (a signup needs an address)' });
  return { fields: cleaned, errors };
}

/** http(s) only: a `javascript:` redirect would run in the hosted page's origin. */
export function redirectUrlProblem(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? null : 'must be an http or https URL';
  } catch {
    return 'must be an absolute http or https URL';
  }
}

/** The consent sentence shown under the form and recorded word for word in the ledger. */
export function consentText(topicNames: string[], doubleOptIn: boolean): string {
  const what = topicNames.length ? `emails about ${topicNames.join(', ')}` : 'our emails';
  const confirm = doubleOptIn ? ' We will send you an email to confirm your address first.' : '';
  return `By signing up you agree to receive ${what}. You can unsubscribe at any time with the link in every email.${confirm}`;
}

/** What a valid submission sets on the contact: only what the person filled in. */
export interface ParsedSubmission {
  email: string;
  values: { firstName?: string; lastName?: string; phone?: string };
  customFields: Record<string, CustomValue>;
  /** What was posted for the form's fields, as stored on the submission. */
  data: Record<string, unknown>;
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  // A repeated name (`email=a&email=b`) or an object is not one value.
  if (typeof value === 'object') return null;
  return String(value).trim();
}

/** An empty value of any shape: a blank string, an empty list, an unchecked checkbox (absent). */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmpty);
  return false;
}

/** A value as posted (form-encoded text, or a JSON value) checked against a custom field's rule. */
function customValue(rule: FieldRule, value: unknown) {
  if (rule.type === 'multiselect' && Array.isArray(value)) return normalizeValue(rule, value.map((v) => String(v).trim()).filter(Boolean));
  if (typeof value === 'string') return parseCellValue(rule, value);
  // A checkbox posts its value ("true"); JSON posts booleans and numbers as themselves.
  return normalizeValue(rule, value);
}

/**
 * Reads a posted body against the form: each field by its name (`email`, `firstName`, `cf.<key>`),
 * anything else ignored. Errors name the form's field as the page and the JSON client know it.
 */
export function parseSubmission(fields: FormField[], rules: Map<string, FieldRule>, body: Record<string, unknown>): { submission: ParsedSubmission; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const submission: ParsedSubmission = { email: '', values: {}, customFields: {}, data: {} };
  for (const field of fields) {
    const raw = body[field.field];
    if (isEmpty(raw)) {
      if (field.required) errors.push({ field: field.field, message: `${field.label} is required` });
      continue;
    }
    const key = customKeyOf(field.field);
    if (key) {
      const rule = rules.get(key);
      if (!rule) continue;
      const checked = customValue({ ...rule, label: field.label }, raw);
      if (!checked.ok) errors.push({ field: field.field, message: checked.message });
      else if (checked.value !== null) {
        submission.customFields[key] = checked.value;
        submission.data[field.field] = checked.value;
      }
      continue;
    }
    const value = text(raw);
    if (value === null) {
      errors.push({ field: field.field, message: `${field.label} must be text` });
      continue;
    }
    if (field.field === 'email') {
      if (value.length > EMAIL_MAX || !EMAIL_PATTERN.test(value)) errors.push({ field: 'email', message: `${field.label} must be an email address` });
      else submission.email = value;
    } else if (isContactFormField(field.field)) {
      const max = VALUE_MAX[field.field as Exclude<ContactFormField, 'email'>];
      if (value.length > max) errors.push({ field: field.field, message: `${field.label} must be at most ${max} characters` });
      else submission.values[field.field as Exclude<ContactFormField, 'email'>] = value;
    }
    if (!errors.some((e) => e.field === field.field)) submission.data[field.field] = value;
  }
  return { submission, errors };
}
