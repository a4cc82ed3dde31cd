import { escapeHtml } from '../rendering/email-decorator';

/** How the OpenAPI document declares an answer that is one of these pages. */
export const HTML_PAGE_CONTENT = { 'text/html': { schema: { type: 'string' } } };

/** Small self-contained pages for people arriving from an email (no SPA, no scripts). */
export function publicPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#f5f5f7;color:#1d1d1f}
main{max-width:440px;margin:12vh auto;padding:32px;background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:22px;margin:0 0 12px}p{margin:0 0 20px;color:#48484a}
button{font:inherit;font-weight:600;color:#fff;background:#1565c0;border:0;border-radius:8px;padding:10px 20px;cursor:pointer}
button:hover{background:#0d47a1}
fieldset{border:0;margin:0 0 20px;padding:0}legend{font-weight:600;margin-bottom:8px}
label{display:block;padding:6px 0}input[type=radio],input[type=checkbox]{width:18px;height:18px;margin:0 8px 0 0;vertical-align:-3px}
a{color:#1565c0}footer{margin-top:24px;font-size:13px;color:#6e6e73}
</style></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

/** j•••@example.com: enough for the owner to recognise, not a directory of addresses. */
export function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  return `${local.slice(0, 1)}${'•'.repeat(Math.max(2, Math.min(6, local.length - 1)))}@${domain ?? ''}`;
}
