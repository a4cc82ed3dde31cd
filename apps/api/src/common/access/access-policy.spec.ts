import { NotFoundException } from '@nestjs/common';
import { andScopeToOwner, assertVisible, Caller, maySeeOwnedBy, scopeToOwner, whereScopeToOwner, withinConfinement } from './access-policy';

const member: Caller = { id: '11111111-1111-4111-8111-111111111111', role: 'member' };
const manager: Caller = { id: '22222222-2222-4222-8222-222222222222', role: 'manager' };
const admin: Caller = { id: '33333333-3333-4333-8333-333333333333', role: 'admin' };

describe('scopeToOwner', () => {
  it('narrows a member to their own rows with the next positional parameter', () => {
    const params: unknown[] = ['first', 'second'];
    expect(scopeToOwner('c', member, params)).toBe('c.assigned_to_id = $3::uuid');
    expect(params).toEqual(['first', 'second', member.id]);
  });

  it('adds nothing, not even a parameter, for managers and admins', () => {
    for (const caller of [manager, admin]) {
      const params: unknown[] = ['first'];
      expect(scopeToOwner('c', caller, params)).toBe('');
      expect(andScopeToOwner('c', caller, params)).toBe('');
      expect(whereScopeToOwner('', caller, params)).toBe('');
      expect(params).toEqual(['first']);
    }
  });

  it('uses the placeholder of a builder with its own numbering', () => {
    const added: unknown[] = [];
    const condition = scopeToOwner('ct', member, (value) => {
      added.push(value);
      return `$${added.length + 10}`;
    });
    expect(condition).toBe('ct.assigned_to_id = $11');
    expect(added).toEqual([member.id]);
  });

  it('reads the unqualified column when the query names the table alone, ready to follow or start a clause', () => {
    expect(andScopeToOwner('', member, [])).toBe(' AND assigned_to_id = $1::uuid');
    expect(whereScopeToOwner('d', member, [])).toBe(' WHERE d.assigned_to_id = $1::uuid');
  });
});

describe('single records', () => {
  it('lets a member see only what is assigned to them, and managers everything, unassigned included', () => {
    expect(maySeeOwnedBy(member, member.id)).toBe(true);
    expect(maySeeOwnedBy(member, manager.id)).toBe(false);
    expect(maySeeOwnedBy(member, null)).toBe(false);
    expect(maySeeOwnedBy(manager, null)).toBe(true);
    expect(maySeeOwnedBy(admin, member.id)).toBe(true);
  });

  it('answers 404 worded like a missing record for what the caller may not see', () => {
    const record = { assignedToId: manager.id };
    expect(assertVisible(manager, 'Contact', 'x', record)).toBe(record);
    expect(() => assertVisible(member, 'Contact', 'x', record)).toThrow(new NotFoundException('Contact x not found'));
    expect(() => assertVisible(manager, 'Deal', 'y', null)).toThrow(new NotFoundException('Deal y not found'));
  });

  it('applies a stored confinement the same way (an import job remembers its member)', () => {
    expect(withinConfinement(null, manager.id)).toBe(true);
    expect(withinConfinement(member.id, member.id)).toBe(true);
    expect(withinConfinement(member.id, null)).toBe(false);
  });
});
