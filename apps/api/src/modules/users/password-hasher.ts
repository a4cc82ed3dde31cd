import bcrypt from 'bcryptjs';

export const BCRYPT_ROUNDS = 10;

/**
 * Compared against when there is no hash to check (unknown email, invited user without a password),
 * so those answers take the same bcrypt work as a wrong password and timing does not reveal accounts.
 * Same cost as real hashes: bcrypt's time depends only on the cost.
 */
let dummyHash: string | undefined;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_ROUNDS);
}

/** Whether `password` matches `hash`; always does one bcrypt comparison, even when `hash` is null. */
export async function verifyPassword(hash: string | null | undefined, password: string): Promise<boolean> {
  dummyHash ??= bcrypt.hashSync('corral-no-account', BCRYPT_ROUNDS);
  const matches = await bcrypt.compare(password, hash ?? dummyHash);
  return matches && Boolean(hash);
}
