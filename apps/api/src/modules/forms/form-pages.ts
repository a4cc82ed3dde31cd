import { FieldError } from '../../common/filters/problem';
import type { FieldRule } from '../fields/custom-field-rules';
import { escapeHtml } from '../emails/rendering/email-decorator';
import { customKeyOf, FormField, HONEYPOT_FIELD } from './form-rules';

/** The sender as the public pages show it (Settings → Email sending). */
export interface Branding {
  name: string;
  postalAddress: string;
}

export interface FormMarkup {
  action: string;
  fields: FormField[];
  /** Contact custom fields by key: their input type and options. */
  rules: Map<string, FieldRule>;
  consentText: string;
  /** What was posted, to fill the inputs in again when the page comes back with errors. */
  values?: Record<string, unknown>;
  errors?: FieldError[];
}

const BUILT_IN_INPUTS: Record<string, { type: string; autocomplete: string }> = {
  email: { type: 'email', autocomplete: 'email' },
  firstName: { type: 'text', autocomplete: 'given-name' },
  lastName: { type: 'text', autocomplete: 'family-name' },
  phone: { type: 'tel', autocomplete: 'tel' },
};

const CUSTOM_INPUT_TYPES: Partial<Record<FieldRule['type'], string>> = { number: 'number', date: 'date', url: 'url', email: 'email', phone: 'tel' };

function posted(values: Record<string, unknown> | undefined, name: string): string[] {
  const value = values?.[name];
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => String(v));
}

function inputFor(field: FormField, id: string, rule: FieldRule | undefined, values: Record<string, unknown> | undefined, described: string): string {
  const name = escapeHtml(field.field);
  const required = field.required ? ' required aria-required="true"' : '';
  const current = posted(values, field.field);
  if (rule?.type === 'select') {
    const options = rule.options
      .map((o) => `<option value="${escapeHtml(o.value)}"${current.includes(o.value) ? ' selected' : ''}>${escapeHtml(o.label)}</option>`)
      .join('');
    return `<select id="${id}" name="${name}"${required}${described}><option value="">Choose…</option>${options}</select>`;
  }
  if (rule?.type === 'textarea') return `<textarea id="${id}" name="${name}" rows="4"${required}${described}>${escapeHtml(current[0] ?? '')}</textarea>`;
  const builtIn = BUILT_IN_INPUTS[field.field];
  const type = builtIn?.type ?? (rule && CUSTOM_INPUT_TYPES[rule.type]) ?? 'text';
  const autocomplete = builtIn ? ` autocomplete="${builtIn.autocomplete}"` : '';
  return `<input id="${id}" name="${name}" type="${type}"${autocomplete} value="${escapeHtml(current[0] ?? '')}"${required}${described}>`;
}

/** A checkbox (boolean) or a group of them (multiselect): the label is the group's legend. */
function choiceGroup(field: FormField, id: string, rule: FieldRule, values: Record<string, unknown> | undefined, error: string): string {
  const current = posted(values, field.field);
  const star = field.required ? ' <span aria-hidden="true">*</span>' : '';
  if (rule.type === 'boolean') {
    return `<div class="field check"><input id="${id}" name="${escapeHtml(field.field)}" type="checkbox" value="true"${current.includes('true') ? ' checked' : ''}${field.required ? ' required' : ''}><label for="${id}">${escapeHtml(field.label)}${star}</label>${error}</div>`;
  }
  const boxes = rule.options
    .map(
      (o, i) =>
        `<div class="check"><input id="${id}-${i}" name="${escapeHtml(field.field)}" type="checkbox" value="${escapeHtml(o.value)}"${current.includes(o.value) ? ' checked' : ''}><label for="${id}-${i}">${escapeHtml(o.label)}</label></div>`,
    )
    .join('');
  return `<fieldset class="field"><legend>${escapeHtml(field.label)}${star}</legend>${boxes}${error}</fieldset>`;
}

/**
 * The form itself: a label per input, the error of each field beside it (tied to the input by
 * aria-describedby), the honeypot out of sight and out of the tab order, and the consent text
 * above the button. Plain HTML, no script: the hosted page and the embed snippet share it.
 */
export function formMarkup(form: FormMarkup): string {
  const parts = form.fields.map((field, index) => {
    const id = `corral-f${index}`;
    const message = form.errors?.find((e) => e.field === field.field)?.message;
    const errorId = `${id}-error`;
    const error = message ? `<p class="error" id="${errorId}">${escapeHtml(message)}</p>` : '';
    const described = message ? ` aria-invalid="true" aria-describedby="${errorId}"` : '';
    const key = customKeyOf(field.field);
    const rule = key ? form.rules.get(key) : undefined;
    if (rule && (rule.type === 'boolean' || rule.type === 'multiselect')) return choiceGroup(field, id, rule, form.values, error);
    const star = field.required ? ' <span aria-hidden="true">*</span>' : '';
    return `<div class="field"><label for="${id}">${escapeHtml(field.label)}${star}</label>${inputFor(field, id, rule, form.values, described)}${error}</div>`;
  });
  const honeypot = `<div style="position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden" aria-hidden="true"><label for="corral-hp">Leave this empty</label><input id="corral-hp" name="${HONEYPOT_FIELD}" type="text" tabindex="-1" autocomplete="off"></div>`;
  return `<form class="corral-form" method="post" action="${escapeHtml(form.action)}" accept-charset="utf-8">
${parts.join('\n')}
${honeypot}
<p class="consent">${escapeHtml(form.consentText)}</p>
<button type="submit">Sign up</button>
</form>`;
}

const STYLE = `body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#f5f5f7;color:#1d1d1f}
main{max-width:480px;margin:6vh auto;padding:28px;background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
@media (max-width:520px){main{margin:0;border-radius:0;min-height:100vh;box-sizing:border-box;padding:20px}}
.brand{margin:0 0 16px;font-weight:700;color:#1565c0;font-size:15px;letter-spacing:.02em}
h1{font-size:24px;margin:0 0 16px}p{margin:0 0 16px;color:#48484a}
.field{margin:0 0 16px;border:0;padding:0}label,legend{display:block;font-weight:600;margin:0 0 4px;padding:0}
.check{display:flex;gap:8px;align-items:center}.check label{font-weight:400;margin:0}
input[type=text],input[type=email],input[type=tel],input[type=number],input[type=date],input[type=url],select,textarea{box-sizing:border-box;width:100%;font:inherit;padding:10px 12px;border:1px solid #8e8e93;border-radius:8px;background:#fff;color:inherit}
input:focus,select:focus,textarea:focus,button:focus{outline:3px solid #90caf9;outline-offset:1px}
[aria-invalid=true]{border-color:#b3261e}.error{color:#b3261e;margin:4px 0 0;font-size:14px}
.alert{padding:12px 14px;border-radius:8px;background:#fdecea;color:#5f2120;margin:0 0 16px}
.consent{font-size:14px}
button{font:inherit;font-weight:600;color:#fff;background:#1565c0;border:0;border-radius:8px;padding:12px 22px;cursor:pointer;width:100%}
button:hover{background:#0d47a1}
footer{margin-top:24px;font-size:13px;color:#6e6e73}`;

/** A public page in the sender's colours: their name on top, their postal address below. */
export function brandedPage(title: string, body: string, branding: Branding): string {
  const footer = [branding.name, branding.postalAddress].filter(Boolean).map(escapeHtml).join(' · ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main><p class="brand">${escapeHtml(branding.name)}</p><h1>${escapeHtml(title)}</h1>${body}${footer ? `<footer>${footer}</footer>` : ''}</main></body></html>`;
}

/** The hosted page: the form, with an alert listing what to correct when it comes back with errors. */
export function hostedFormPage(name: string, form: FormMarkup, branding: Branding): string {
  const alert = form.errors?.length
    ? `<div class="alert" role="alert"><p>Please correct ${form.errors.length === 1 ? 'this field' : 'these fields'}: ${form.errors.map((e) => escapeHtml(e.message)).join('; ')}</p></div>`
    : '';
  return brandedPage(name, alert + formMarkup(form), branding);
}

/** The embed snippet: the same form, posting to the hosted endpoint from any site. */
export function embedSnippet(name: string, form: FormMarkup): string {
  return `<!-- Corral signup form: ${escapeHtml(name)} -->\n${formMarkup(form)}`;
}

export function paragraphs(...texts: string[]): string {
  return texts.map((t) => `<p>${escapeHtml(t)}</p>`).join('');
}
