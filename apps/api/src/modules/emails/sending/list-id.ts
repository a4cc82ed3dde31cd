import { isIP } from 'net';

/** RFC 5322 dot-atom-text, which RFC 2919 requires of both the list label and its namespace. */
const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+(?:\.[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+)*$/;
/** The one label of every Corral list id: the namespace names the organisation. */
const LABEL = 'corral';
/** RFC 2919: the list id (label, dot, namespace) is at most 255 octets. */
const MAX_LIST_ID = 255;
/** An encoded word is at most 75 characters; `=?UTF-8?B?` and `?=` leave 63, i.e. 45 bytes of base64. */
const ENCODED_WORD_BYTES = 45;

/**
 * A domain the organisation owns, usable as a list id namespace: a DNS name with at least two
 * labels, not an IP address (RFC 2919 wants a namespace its owner controls; `localhost` is the
 * one unmanaged namespace, used when nothing better is known).
 */
function ownedDomain(host: string | undefined): string | null {
  if (!host) return null;
  const domain = host.toLowerCase().replace(/\.$/, '');
  if (isIP(domain.replace(/^\[|\]$/g, '')) || !domain.includes('.') || !DOT_ATOM.test(domain)) return null;
  return domain;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** `"name"` as an RFC 5322 phrase: a quoted string when ASCII, else RFC 2047 encoded words. */
function phrase(name: string): string {
  const clean = name.replace(/[\x00-\x1f\x7f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!clean) return '';
  if (/^[\x20-\x7e]*$/.test(clean)) return `"${clean.replace(/["\\]/g, '\\$&')}"`;
  const words: string[] = [];
  let chunk = '';
  for (const char of clean) {
    if (Buffer.byteLength(chunk + char) > ENCODED_WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString('base64')}?=`).join(' ');
}

/**
 * The RFC 2919 `List-Id` of every email an organisation sends (campaigns and workflows alike):
 * one stable id, `corral.<domain>`, where the domain is PUBLIC_URL's host, else the default
 * sender's domain, else `localhost`; the phrase is the sender name. Spam filters expect a List-Id
 * beside List-Unsubscribe (SpamAssassin's LIST_PARTIAL_SHORT_MSG), and mail clients group and
 * filter by it.
 */
export function listIdHeader(input: { senderName: string; publicUrl: string; senderAddress: string }): string {
  const namespace =
    [ownedDomain(hostOf(input.publicUrl)), ownedDomain(input.senderAddress.split('@').pop())].find(
      (d): d is string => d !== null && LABEL.length + 1 + d.length <= MAX_LIST_ID,
    ) ?? 'localhost';
  const name = phrase(input.senderName);
  return `${name ? `${name} ` : ''}<${LABEL}.${namespace}>`;
}
