import { listIdHeader } from './list-id';

/** RFC 2919's list-id-header value: [phrase] "<" dot-atom-text "." dot-atom-text ">". */
const ATEXT = "[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~]+";
const DOT_ATOM = `${ATEXT}(?:\\.${ATEXT})*`;
const VALID = new RegExp(`^(?:(?:"(?:[^"\\\\]|\\\\.)*"|(?:=\\?UTF-8\\?B\\?[A-Za-z0-9+/=]+\\?=)(?: =\\?UTF-8\\?B\\?[A-Za-z0-9+/=]+\\?=)*) )?<(${DOT_ATOM}\\.${DOT_ATOM})>$`);

describe('listIdHeader', () => {
  const base = { senderName: 'Corral News', publicUrl: 'https://mail.acme.test', senderAddress: 'news@acme.test' };

  it('names the organisation by PUBLIC_URL’s host, with the sender name as the phrase', () => {
    const value = listIdHeader(base);
    expect(value).toBe('"Corral News" <corral.mail.acme.test>');
    expect(value).toMatch(VALID);
  });

  it('falls back to the sender’s domain when PUBLIC_URL is an IP address or a bare host, and to localhost last', () => {
    expect(listIdHeader({ ...base, publicUrl: 'http://10.0.0.5:3000' })).toBe('"Corral News" <corral.acme.test>');
    expect(listIdHeader({ ...base, publicUrl: 'http://[::1]:3000' })).toBe('"Corral News" <corral.acme.test>');
    expect(listIdHeader({ ...base, publicUrl: 'http://localhost:3000', senderAddress: 'News@Acme.TEST' })).toBe('"Corral News" <corral.acme.test>');
    expect(listIdHeader({ ...base, publicUrl: 'http://localhost:3000', senderAddress: 'noreply@localhost' })).toBe('"Corral News" <corral.localhost>');
    expect(listIdHeader({ ...base, publicUrl: 'http://localhost:3000', senderAddress: 'x@[127.0.0.1]' })).toBe('"Corral News" <corral.localhost>');
  });

  it('skips a domain that would make the id longer than RFC 2919’s 255 octets', () => {
    const long = `${'a'.repeat(62)}.${'b'.repeat(62)}.${'c'.repeat(62)}.${'d'.repeat(62)}.test`; // 263 octets with the label
    expect(listIdHeader({ ...base, publicUrl: `https://${long}` })).toBe('"Corral News" <corral.acme.test>');
  });

  it('quotes and escapes the phrase, drops control characters, and omits an empty one', () => {
    const value = listIdHeader({ ...base, senderName: 'Acme "Tools" \\ Co\r\nBcc: x@evil.test' });
    expect(value).toBe('"Acme \\"Tools\\" \\\\ Co Bcc: x@evil.test" <corral.mail.acme.test>');
    expect(value).toMatch(VALID);
    expect(listIdHeader({ ...base, senderName: '  ' })).toBe('<corral.mail.acme.test>');
  });

  it('encodes a non-ASCII name as RFC 2047 words of at most 75 characters', () => {
    const name = 'Café Ñandú — Boletín de noticias de la cooperativa agrícola';
    const value = listIdHeader({ ...base, senderName: name });
    expect(value).toMatch(VALID);
    const words = value.slice(0, value.lastIndexOf(' <')).split(' ');
    expect(words.length).toBeGreaterThan(1);
    for (const word of words) expect(word.length).toBeLessThanOrEqual(75);
    const decoded = words.map((w) => Buffer.from(w.slice('=?UTF-8?B?'.length, -2), 'base64').toString('utf8')).join('');
    expect(decoded).toBe(name);
  });
});
