import type { FieldError } from './problem';

/**
 * Field errors in the words of the forms: `errors[].message` is a sentence a person can act on,
 * shown as it is next to the field or in a notice ("Step 1: choose an email template",
 * "Close date must be a date"). Rules write either a whole sentence (starting with a capital) or a
 * fragment that follows the field's name ("must not be empty"); fragments get the field's label
 * here, so the API names fields the way the SPA labels them, whichever module raised the error.
 */

/** API field names as the SPA labels them; anything else is spelled out from its camelCase. */
const LABELS: Record<string, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  companyId: 'Company',
  contactId: 'Contact',
  assignedToId: 'Owner',
  pipelineId: 'Pipeline',
  stageId: 'Stage',
  templateId: 'Template',
  emailTemplateId: 'Email template',
  closeDate: 'Close date',
  htmlBody: 'HTML body',
  textBody: 'Text body',
  fromEmail: 'From email',
  fromName: 'From name',
  replyTo: 'Reply-to',
  segmentFilter: 'Audience',
  scheduledAt: 'Send time',
  triggerEvent: 'Trigger',
  triggerData: 'Trigger filter',
  delayMinutes: 'Delay',
  actionData: 'Action',
  userId: 'User',
  field: 'Field',
  isActive: 'Active',
  isDefault: 'Default',
  isEnabled: 'Enabled',
  moveDealsTo: 'Move deals to',
  url: 'URL',
  mapping: 'Column mapping',
  onDuplicate: 'Duplicates',
  contactIds: 'Contacts',
  id: 'ID',
};

/** Lists whose items the SPA numbers from 1: `steps.0.delayMinutes` is "Step 1: delay". */
const ITEMS: Record<string, string> = { steps: 'Step', stages: 'Stage', contactIds: 'Contact' };

/** Fields under these objects keep their own names (`triggerData.tag` is the trigger's tag). */
const OBJECT_LABELS: Record<string, string> = { triggerData: 'Trigger', actionData: '', segmentFilter: 'Audience' };

function spellOut(name: string): string {
  const words = name.replace(/Id$/, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function labelOf(name: string): string {
  return LABELS[name] ?? spellOut(name);
}

/** Lower-cases a label inside a sentence, unless it starts with an acronym ("HTML body"). */
function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** "Step 2: delay", "Trigger tag", "First name": what a field is called in a message. */
export function fieldLabel(path: string): { item: string | null; label: string } {
  const parts = path.split('.');
  let item: string | null = null;
  let rest = parts;
  for (let i = 0; i < parts.length - 1; i++) {
    if (ITEMS[parts[i]] && /^\d+$/.test(parts[i + 1])) {
      item = `${ITEMS[parts[i]]} ${Number(parts[i + 1]) + 1}`;
      rest = parts.slice(i + 2);
    }
  }
  if (rest.length === 0) return { item, label: '' };
  const leaf = rest[rest.length - 1];
  const parent = rest.length > 1 ? OBJECT_LABELS[rest[rest.length - 2]] : undefined;
  const label = parent ? `${parent} ${inSentence(labelOf(leaf))}` : labelOf(leaf);
  return { item, label };
}

/** class-validator's stock wording, as the rest of the API words it. */
const REWORDED: [RegExp, string][] = [
  [/^must be shorter than or equal to (\d+) characters$/, 'must be at most $1 characters'],
  [/^must be longer than or equal to (\d+) characters$/, 'must be at least $1 characters'],
  [/^must not be greater than (\S+)$/, 'must be at most $1'],
  [/^must not be less than (\S+)$/, 'must be at least $1'],
  [/^should not be empty$/, 'must not be empty'],
  [/^must be one of the following values: (.*)$/, 'must be one of $1'],
  [/^must be an integer number$/, 'must be a whole number'],
  [/^must be a boolean value$/, 'must be true or false'],
  [/^must be a number conforming to the specified constraints$/, 'must be a number'],
  [/^must be a valid ISO 8601 date string$/, 'must be a date'],
  [/^must be an email$/, 'must be a valid email address'],
];

/** The sentence for one field error (idempotent: a sentence stays as it is). */
export function fieldMessage(field: string, message: string): string {
  if (!/^[a-z]/.test(message)) return message;
  const fragment = REWORDED.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), message);
  const { item, label } = fieldLabel(field);
  // "each tag must …" reads as a clause of its own: "Tags: each tag must …".
  const joiner = /^each /.test(fragment) ? ': ' : ' ';
  if (!item) return `${label}${joiner}${fragment}`;
  return label ? `${item}: ${inSentence(label)}${joiner}${fragment}` : `${item} ${fragment}`;
}

export function humanFieldErrors(errors: FieldError[]): FieldError[] {
  return errors.map((error) => ({ field: error.field, message: fieldMessage(error.field, error.message) }));
}
