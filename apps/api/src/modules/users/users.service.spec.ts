import bcrypt from 'bcryptjs';
import type { Repository } from 'typeorm';
import { User } from './entities/user.entity';
import { BCRYPT_ROUNDS } from './password-hasher';
import { UsersService } from './users.service';

/** A repository whose login lookup finds `user` (or nobody). */
function serviceFinding(user: Partial<User> | null): UsersService {
  const chain = { addSelect: () => chain, where: () => chain, getOne: async () => user };
  return new UsersService({ createQueryBuilder: () => chain } as unknown as Repository<User>);
}

describe('UsersService.checkCredentials', () => {
  const realHash = bcrypt.hashSync('right-password', BCRYPT_ROUNDS);
  const known = { id: 'u1', email: 'ada@example.com', isActive: true, passwordHash: realHash };
  let compare: jest.SpyInstance;

  beforeEach(() => {
    compare = jest.spyOn(bcrypt, 'compare');
  });
  afterEach(() => compare.mockRestore());

  // Login time is bcrypt's: every path must do exactly one comparison at the real cost, or the
  // answer's timing tells an attacker which emails have (active) accounts.
  it.each([
    ['an unknown email', null],
    ['a deactivated user', { ...known, isActive: false }],
    ['an invited user without a password', { ...known, passwordHash: null }],
    ['a wrong password', known],
  ])('refuses %s after one bcrypt comparison at the same cost', async (_case, user) => {
    const result = await serviceFinding(user).checkCredentials('ada@example.com', 'wrong-password');
    expect(result).toBeNull();
    expect(compare).toHaveBeenCalledTimes(1);
    const [, hash] = compare.mock.calls[0] as [string, string];
    expect(bcrypt.getRounds(hash)).toBe(BCRYPT_ROUNDS);
  });

  it('refuses a deactivated user even with the right password, and accepts an active one', async () => {
    expect(await serviceFinding({ ...known, isActive: false }).checkCredentials('ada@example.com', 'right-password')).toBeNull();
    expect(await serviceFinding(known).checkCredentials('ada@example.com', 'right-password')).toMatchObject({ id: 'u1' });
  });

  it('never accepts the dummy password against a missing hash', async () => {
    expect(await serviceFinding({ ...known, passwordHash: null }).checkCredentials('ada@example.com', 'corral-no-account')).toBeNull();
    expect(await serviceFinding(null).checkCredentials('ada@example.com', 'corral-no-account')).toBeNull();
  });
});
