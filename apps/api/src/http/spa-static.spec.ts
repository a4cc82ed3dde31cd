import { chooseEncoding } from './spa-static';

describe('chooseEncoding', () => {
  const both = new Set(['br', 'gzip'] as const);

  it('prefers brotli whatever the order the browser lists them in', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', both)).toBe('br');
  });

  it('falls back to gzip when brotli is refused, not listed or not built', () => {
    expect(chooseEncoding('gzip, br;q=0', both)).toBe('gzip');
    expect(chooseEncoding('gzip;q=0.5, deflate', both)).toBe('gzip');
    expect(chooseEncoding('br, gzip', new Set(['gzip'] as const))).toBe('gzip');
  });

  it('sends the plain file when nothing acceptable is offered', () => {
    expect(chooseEncoding(undefined, both)).toBeUndefined();
    expect(chooseEncoding('', both)).toBeUndefined();
    expect(chooseEncoding('identity', both)).toBeUndefined();
    expect(chooseEncoding('*;q=0', both)).toBeUndefined();
    expect(chooseEncoding('br, gzip', new Set())).toBeUndefined();
  });

  it('reads * as every encoding not named, and tolerates spacing and case', () => {
    expect(chooseEncoding('*', both)).toBe('br');
    expect(chooseEncoding('BR ; q=0 , *', both)).toBe('gzip');
  });
});
