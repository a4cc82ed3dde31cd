import { convert } from 'html-to-text';

/** `<a ... href="...">` with the value in double, single or no quotes. */
const HREF = /(<a\b[^>]*?\bhref\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
/** A bare URL in the plain-text part; stops before closing brackets and trailing punctuation. */
const TEXT_URL = /https?:\/\/[^\s<>"'\])]+[^\s<>"'\]).,;:!?]/gi;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Attribute values arrive HTML-escaped (merge values are escaped); the URL itself is the decoded text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (whole, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos' || lower === '#39') return "'";
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
  });
}

function isTrackable(url: string, ownPrefix: string): boolean {
  return /^https?:\/\//i.test(url) && !url.startsWith(ownPrefix) && url.length <= 2000;
}

/**
 * Every distinct http(s) URL the email links to, in order of appearance; links to our own
 * public URL (the unsubscribe link) are left alone so they keep working without a redirect.
 */
export function extractLinks(html: string, text: string | null, ownPrefix: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(HREF)) {
    const url = decodeEntities((match[2] ?? match[3] ?? match[4] ?? '').trim());
    if (isTrackable(url, ownPrefix)) found.add(url);
  }
  for (const match of (text ?? '').matchAll(TEXT_URL)) {
    if (isTrackable(match[0], ownPrefix)) found.add(match[0]);
  }
  return [...found];
}

export interface DecorateOptions {
  /**
   * Absent for previews and test sends: links stay as written and no pixel is added. A campaign
   * with open or click tracking off passes no `openUrl`, or no click URLs.
   */
  tracking?: { openUrl?: string; clickUrls: Map<string, string> };
  unsubscribeUrl: string;
  /** The preference centre: the footer offers it beside unsubscribe when given. */
  preferencesUrl?: string;
  /** Sender postal address (CAN-SPAM); the footer omits it when empty. */
  postalAddress: string;
}

function rewriteHtml(html: string, clickUrls: Map<string, string>): string {
  return html.replace(HREF, (whole, prefix: string, dq?: string, sq?: string, bare?: string) => {
    const url = decodeEntities((dq ?? sq ?? bare ?? '').trim());
    const tracked = clickUrls.get(url);
    return tracked ? `${prefix}"${escapeHtml(tracked)}"` : whole;
  });
}

function rewriteText(text: string, clickUrls: Map<string, string>): string {
  return text.replace(TEXT_URL, (url) => clickUrls.get(url) ?? url);
}

function insertBeforeBodyEnd(html: string, fragment: string): string {
  const index = html.search(/<\/body\s*>/i);
  return index === -1 ? html + fragment : html.slice(0, index) + fragment + html.slice(index);
}

/** The plain-text part when the template has none. `wordwrap: false` keeps merge tags on one line. */
export function htmlToText(html: string, wordwrap: number | false = 78): string {
  return convert(html, {
    wordwrap,
    selectors: [
      { selector: 'img', format: 'skip' },
      // Headings keep their case: shouting a recipient's name reads badly.
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
    ],
  });
}

/**
 * Turns a rendered template into the email that is sent: links rewritten to signed click URLs,
 * a footer with the postal address and an unsubscribe link in both parts, and the open pixel.
 * The text part is generated from the rewritten HTML when the template has none.
 */
export function decorateEmail(rendered: { html: string; text: string | null }, options: DecorateOptions): { html: string; text: string } {
  const clickUrls = options.tracking?.clickUrls ?? new Map<string, string>();
  const html = rewriteHtml(rendered.html, clickUrls);
  const baseText = rendered.text !== null ? rewriteText(rendered.text, clickUrls) : htmlToText(html);
  const address = options.postalAddress.trim();
  const footerHtml =
    '<div style="margin-top:32px;padding-top:16px;border-top:1px solid #e0e0e0;color:#757575;font:12px/1.5 Arial,sans-serif">' +
    (address ? `${escapeHtml(address).replace(/\r?\n/g, '<br>')}<br>` : '') +
    `<a href="${escapeHtml(options.unsubscribeUrl)}" style="color:#757575">Unsubscribe</a>` +
    (options.preferencesUrl ? ` · <a href="${escapeHtml(options.preferencesUrl)}" style="color:#757575">Manage preferences</a>` : '') +
    '</div>';
  const pixel = options.tracking?.openUrl
    ? `<img src="${escapeHtml(options.tracking.openUrl)}" width="1" height="1" alt="" style="display:block;width:1px;height:1px;border:0">`
    : '';
  const footerText = [
    '',
    '--',
    ...(address ? [address] : []),
    `Unsubscribe: ${options.unsubscribeUrl}`,
    ...(options.preferencesUrl ? [`Manage preferences: ${options.preferencesUrl}`] : []),
  ].join('\n');
  return {
    html: insertBeforeBodyEnd(html, footerHtml + pixel),
    text: `${baseText.trimEnd()}\n${footerText}\n`,
  };
}
