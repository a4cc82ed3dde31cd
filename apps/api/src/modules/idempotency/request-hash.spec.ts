import { requestHash } from './request-hash';

describe('requestHash', () => {
  it('ignores the order of object keys, at every depth', () => {
    expect(requestHash({ a: 1, b: { c: [1, { d: 2, e: 3 }] } })).toBe(requestHash({ b: { c: [1, { e: 3, d: 2 }] }, a: 1 }));
  });

  it('tells apart bodies that differ in a value, in array order or in type', () => {
    const base = requestHash({ email: 'a@example.com', tags: ['x', 'y'] });
    expect(requestHash({ email: 'b@example.com', tags: ['x', 'y'] })).not.toBe(base);
    expect(requestHash({ email: 'a@example.com', tags: ['y', 'x'] })).not.toBe(base);
    expect(requestHash({ n: 1 })).not.toBe(requestHash({ n: '1' }));
  });

  it('treats a missing body as null, distinct from an empty object', () => {
    expect(requestHash(undefined)).toBe(requestHash(null));
    expect(requestHash(undefined)).not.toBe(requestHash({}));
  });

  it('refuses a body nested deeper than any the API takes with a 400, not a stack overflow', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 40_000; i++) deep = [deep];
    expect(() => requestHash(deep)).toThrow(expect.objectContaining({ status: 400 }));
    expect(() => requestHash({ a: [[[{ b: 1 }]]] })).not.toThrow();
  });
});
