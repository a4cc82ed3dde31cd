import bcrypt from 'bcryptjs';
import { BCRYPT_ROUNDS, DUMMY_HASH, verifyPassword } from './password-hasher';

describe('verifyPassword without a hash', () => {
  afterEach(() => jest.restoreAllMocks());

  it('compares against a precomputed hash of the real cost, hashing nothing on the request', async () => {
    const hashSync = jest.spyOn(bcrypt, 'hashSync');
    const hash = jest.spyOn(bcrypt, 'hash');
    expect(await verifyPassword(null, 'corral-no-account')).toBe(false);
    expect(await verifyPassword(undefined, 'anything')).toBe(false);
    expect(hashSync).not.toHaveBeenCalled();
    expect(hash).not.toHaveBeenCalled();
    expect(bcrypt.getRounds(DUMMY_HASH)).toBe(BCRYPT_ROUNDS);
  });
});
