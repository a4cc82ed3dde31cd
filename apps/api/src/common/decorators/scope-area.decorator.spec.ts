import { API_SCOPES, requiredScope, SCOPE_AREAS } from './scope-area.decorator';

describe('requiredScope', () => {
  it('asks reads for <area>:read and every other method for <area>:write', () => {
    expect(requiredScope('contacts', 'GET')).toBe('contacts:read');
    expect(requiredScope('deals', 'HEAD')).toBe('deals:read');
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) expect(requiredScope('emails', method)).toBe('emails:write');
  });

  it('asks webhooks:write even to read webhooks, which hand out delivery logs and reach outside', () => {
    expect(requiredScope('webhooks', 'GET')).toBe('webhooks:write');
    expect(requiredScope('webhooks', 'POST')).toBe('webhooks:write');
  });

  it('only ever asks for a scope a key can be given', () => {
    for (const area of SCOPE_AREAS) {
      for (const method of ['GET', 'POST']) {
        const scope = requiredScope(area, method);
        // dashboard has reads only: a write there (none exists) would need a scope nobody can hold.
        if (area === 'dashboard' && method === 'POST') expect(API_SCOPES).not.toContain(scope);
        else expect(API_SCOPES).toContain(scope);
      }
    }
  });
});
