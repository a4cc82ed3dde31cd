import Handlebars from 'handlebars';
import { FIELD_KEY_PATTERN } from '../../fields/custom-field-rules';
import { htmlToText } from './email-decorator';
import { describeTemplateError } from './template-errors';

/** The contact (and its company) a template is rendered for; `customFields` as the records store them. */
export interface MergeRecipient {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  status: string;
  tags: string[];
  customFields: Record<string, unknown>;
  company: { id: string; name: string; domain: string | null; industry: string | null; size: string | null; customFields: Record<string, unknown> } | null;
}

/** The custom field keys of contacts and companies, when a check should know them (else any well-formed key passes). */
export interface CustomFieldKeys {
  contact: string[];
  company: string[];
}

export type TemplatePart = 'subject' | 'htmlBody' | 'textBody';

/** A template part that does not compile: the API answers 400 naming the field and the line. */
export class TemplateSyntaxError extends Error {
  constructor(
    readonly field: TemplatePart,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(line ? `Line ${line}: ${reason}` : reason.charAt(0).toUpperCase() + reason.slice(1));
  }
}

/** How the template editor names each part. */
export const TEMPLATE_PART_LABELS: Record<TemplatePart, string> = { subject: 'Subject', htmlBody: 'HTML body', textBody: 'Text body' };
/** The same inside a sentence. */
export const TEMPLATE_PART_NAMES: Record<TemplatePart, string> = { subject: 'subject', htmlBody: 'HTML body', textBody: 'text body' };

const CONTACT_FIELDS = ['id', 'firstName', 'lastName', 'fullName', 'email', 'phone', 'status', 'tags', 'first_name', 'last_name', 'full_name'];
const COMPANY_FIELDS = ['id', 'name', 'domain', 'industry', 'size'];
const TOP_LEVEL_TAGS = ['first_name', 'last_name', 'full_name', 'email', 'company_name', 'unsubscribe_url', 'preferences_url'];

/** Every merge tag the editor offers, with what it inserts (the SPA's merge-tag picker shows this list). */
export const MERGE_TAGS: { tag: string; description: string }[] = [
  { tag: '{{first_name}}', description: 'First name' },
  { tag: '{{last_name}}', description: 'Last name' },
  { tag: '{{full_name}}', description: 'First and last name' },
  { tag: '{{email}}', description: 'Email address' },
  { tag: '{{company_name}}', description: "Company's name" },
  { tag: '{{contact.phone}}', description: 'Phone' },
  { tag: '{{contact.status}}', description: 'Status (lead, prospect, customer)' },
  { tag: '{{company.domain}}', description: "Company's domain" },
  { tag: '{{company.industry}}', description: "Company's industry" },
  { tag: '{{default first_name "there"}}', description: 'A value, or a fallback when it is empty' },
  { tag: '{{unsubscribe_url}}', description: 'Link that unsubscribes this recipient' },
  { tag: '{{preferences_url}}', description: 'Link to the preference centre: the recipient chooses their topics' },
];

/**
 * An isolated Handlebars environment: only the `default` helper is added, prototype access stays
 * off (the Handlebars default), and partials are never registered, so a template cannot reach
 * anything but the merge values.
 */
const engine = Handlebars.create();
engine.registerHelper('default', (value: unknown, fallback: unknown) =>
  value === undefined || value === null || value === '' ? fallback : value,
);
const COMPILE_OPTIONS = { knownHelpers: { default: true }, knownHelpersOnly: true, strict: false } as const;

export type RenderFn = (context: object) => string;

export interface CompiledTemplate {
  subject: RenderFn;
  html: RenderFn;
  /** The template's text part, else one derived from its HTML; null: convert each email's HTML. */
  text: RenderFn | null;
}

/** A Handlebars failure on `source` as the author's problem: the line, the tag and what to do. */
function syntaxError(field: TemplatePart, source: string, error: unknown): TemplateSyntaxError {
  const { line, reason } = describeTemplateError(source, error);
  return new TemplateSyntaxError(field, line, reason);
}

function parse(field: TemplatePart, source: string): hbs.AST.Program {
  try {
    return engine.parse(source);
  } catch (error) {
    throw syntaxError(field, source, error);
  }
}

type Node = hbs.AST.Node & Record<string, unknown>;

/** Visits mustaches, sub-expressions and blocks with the scope they are evaluated in. */
function walk(program: hbs.AST.Program, visit: (node: Node, scoped: boolean) => void, scoped = false): void {
  for (const statement of program.body as Node[]) visitNode(statement, visit, scoped);
}

function visitNode(node: Node, visit: (node: Node, scoped: boolean) => void, scoped: boolean): void {
  visit(node, scoped);
  const params = (node.params as Node[] | undefined) ?? [];
  const hashPairs = (node.hash as { pairs?: unknown[] } | undefined)?.pairs ?? [];
  // `{{name}}` looks a value up; with params, `name` is a helper (checked by knownHelpersOnly).
  if (node.type === 'MustacheStatement' && params.length === 0 && hashPairs.length === 0) visitNode(node.path as Node, visit, scoped);
  for (const param of (node.params as Node[] | undefined) ?? []) visitNode(param, visit, scoped);
  for (const pair of ((node.hash as { pairs?: { value: Node }[] } | undefined)?.pairs ?? [])) visitNode(pair.value, visit, scoped);
  if (node.type === 'BlockStatement') {
    // Inside #each / #with the context is no longer the recipient, so names there are not checked.
    const helper = ((node.path as { original?: string }).original ?? '') as string;
    const innerScoped = scoped || helper === 'each' || helper === 'with';
    if (node.program) walk(node.program as hbs.AST.Program, visit, innerScoped);
    if (node.inverse) walk(node.inverse as hbs.AST.Program, visit, innerScoped);
  }
}


function isKnownPath(original: string, customKeys: CustomFieldKeys | undefined): boolean {
  if (TOP_LEVEL_TAGS.includes(original)) return true;
  const [head, field, ...rest] = original.split('.');
  if ((head === 'contact' || head === 'company') && field === 'custom' && rest.length === 1) {
    return customKeys ? customKeys[head].includes(rest[0]) : FIELD_KEY_PATTERN.test(rest[0]);
  }
  if (rest.length) return false;
  if (head === 'contact') return CONTACT_FIELDS.includes(field);
  if (head === 'company') return COMPANY_FIELDS.includes(field);
  return false;
}

/** Checks one part: throws TemplateSyntaxError, returns warnings for tags that will render empty. */
function inspect(field: TemplatePart, source: string, customKeys: CustomFieldKeys | undefined): string[] {
  const program = parse(field, source);
  const warnings: string[] = [];
  walk(program, (node, scoped) => {
    const line = (node.loc as { start?: { line: number } } | undefined)?.start?.line ?? null;
    if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
      throw new TemplateSyntaxError(field, line, 'partials ({{> name}}) are not supported');
    }
    if (node.type === 'MustacheStatement' && node.escaped === false && field === 'htmlBody') {
      throw new TemplateSyntaxError(
        field,
        line,
        'triple braces {{{...}}} would insert contact data unescaped; use {{...}} (values are HTML-escaped)',
      );
    }
    if (scoped || node.type !== 'PathExpression') return;
    const path = node as unknown as hbs.AST.PathExpression;
    if (path.data || path.original === 'this' || ['default', 'if', 'unless', 'each', 'with'].includes(path.original)) return;
    if (!isKnownPath(path.original, customKeys)) {
      const message = `${TEMPLATE_PART_LABELS[field]}${line ? `, line ${line}` : ''}: {{${path.original}}} is not a known merge tag and renders empty`;
      if (!warnings.includes(message)) warnings.push(message);
    }
  });
  return warnings;
}

export interface TemplateSource {
  subject: string;
  htmlBody: string;
  textBody?: string | null;
}

function compilePart(field: TemplatePart, source: string, noEscape: boolean): RenderFn {
  let render: RenderFn;
  try {
    render = engine.compile(source, { ...COMPILE_OPTIONS, noEscape });
  } catch (error) {
    throw syntaxError(field, source, error);
  }
  return (context) => render(context);
}

/**
 * Compiles a template's parts: HTML escapes merge values, subject and text do not (they are not HTML).
 * Throws TemplateSyntaxError for anything that would fail when sending; returns warnings for
 * unknown merge tags. Rendering once against a sample recipient catches the errors Handlebars only
 * raises at run time (unknown helpers, bad block nesting).
 */
export function compileTemplate(source: TemplateSource, customKeys?: CustomFieldKeys): { compiled: CompiledTemplate; warnings: string[] } {
  const warnings = [
    ...inspect('subject', source.subject, customKeys),
    ...inspect('htmlBody', source.htmlBody, customKeys),
    ...(source.textBody ? inspect('textBody', source.textBody, customKeys) : []),
  ];
  const compiled: CompiledTemplate = {
    subject: compilePart('subject', source.subject, true),
    html: compilePart('htmlBody', source.htmlBody, false),
    text: source.textBody ? compilePart('textBody', source.textBody, true) : null,
  };
  const sample = mergeContext(SAMPLE_RECIPIENT, 'https://example.com/unsubscribe/sample', 'https://example.com/preferences/sample');
  for (const [field, render, text] of [
    ['subject', compiled.subject, source.subject],
    ['htmlBody', compiled.html, source.htmlBody],
    ['textBody', compiled.text, source.textBody ?? ''],
  ] as const) {
    if (!render) continue;
    try {
      render(sample);
    } catch (error) {
      throw syntaxError(field, text, error);
    }
  }
  compiled.text ??= textFromHtmlSource(source.htmlBody, sample);
  return { compiled, warnings };
}

/**
 * The text part of a template without one, derived once from the HTML *source*: html-to-text
 * keeps merge tags (they are text to it), so the result compiles as a text template and each
 * email renders it like any other part instead of converting its own HTML again (the costliest
 * step of a send). Null — convert each email's HTML — if the derived text does not compile.
 */
function textFromHtmlSource(htmlBody: string, sample: object): RenderFn | null {
  try {
    const render = engine.compile(htmlToText(htmlBody, false), { ...COMPILE_OPTIONS, noEscape: true });
    render(sample);
    return (context) => render(context);
  } catch {
    return null;
  }
}

/**
 * Custom values as merge values: a multiselect's options joined like tags ("golf, wine"); numbers
 * and booleans stay themselves, so `{{#if contact.custom.vip}}` tests the value, not the word.
 */
function customMergeValues(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, Array.isArray(value) ? value.join(', ') : value]));
}

/** The values merge tags resolve to: seed-style flat names plus nested contact.* and company.* (custom fields under `.custom`). */
export function mergeContext(recipient: MergeRecipient, unsubscribeUrl: string, preferencesUrl = ''): Record<string, unknown> {
  const fullName = [recipient.firstName, recipient.lastName].filter(Boolean).join(' ');
  const contact = {
    id: recipient.id,
    firstName: recipient.firstName,
    lastName: recipient.lastName,
    fullName,
    email: recipient.email,
    phone: recipient.phone ?? '',
    status: recipient.status,
    tags: recipient.tags.join(', '),
    first_name: recipient.firstName,
    last_name: recipient.lastName,
    full_name: fullName,
    custom: customMergeValues(recipient.customFields),
  };
  const company = recipient.company
    ? {
        id: recipient.company.id,
        name: recipient.company.name,
        domain: recipient.company.domain ?? '',
        industry: recipient.company.industry ?? '',
        size: recipient.company.size ?? '',
        custom: customMergeValues(recipient.company.customFields),
      }
    : { custom: {} };
  return {
    first_name: recipient.firstName,
    last_name: recipient.lastName,
    full_name: fullName,
    email: recipient.email,
    company_name: recipient.company?.name ?? '',
    unsubscribe_url: unsubscribeUrl,
    preferences_url: preferencesUrl,
    contact,
    company,
  };
}

/** Used by previews when no contact is chosen, and to dry-run templates when they are saved. */
export const SAMPLE_RECIPIENT: MergeRecipient = {
  id: '00000000-0000-4000-8000-000000000000',
  firstName: 'Jamie',
  lastName: 'Doe',
  email: 'jamie.doe@example.com',
  phone: '+1 555 0100',
  status: 'lead',
  tags: ['newsletter'],
  customFields: {},
  company: { id: '00000000-0000-4000-8000-000000000001', name: 'Example & Co', domain: 'example.com', industry: 'Retail', size: '11-50', customFields: {} },
};
