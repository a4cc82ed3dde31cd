import { RESPONSE_EXCERPT_BYTES, responseExcerpt } from './webhook-sender';

describe('responseExcerpt', () => {
  it('keeps what a text column stores: NUL and invalid UTF-8 become U+FFFD', () => {
    expect(responseExcerpt(Buffer.from('a\u0000b'))).toBe('a\uFFFDb');
    expect(responseExcerpt(Buffer.from([0x6f, 0x6b, 0xff, 0xc3]))).toBe('ok\uFFFD\uFFFD');
  });

  it('cuts the answer to RESPONSE_EXCERPT_BYTES', () => {
    expect(responseExcerpt(Buffer.from('x'.repeat(5000)))).toHaveLength(RESPONSE_EXCERPT_BYTES);
  });
});
