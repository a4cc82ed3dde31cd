import bcrypt from 'bcryptjs';

export const BCRYPT_ROUNDS = 10;

/**
 * Compared against when there is no hash to check (unknown email, invited user without a password),
 * so those answers take the same bcrypt work as a wrong password and timing does not reveal accounts.
 * Same cost as real hashes (bcrypt's time depends only on the cost), and precomputed: hashing it on
 * the first unknown-email login would block the event loop for that one request.
 */
export const DUMMY_HASH = '$2b$10$NgE01uPpUP/6HzsfaGAww.3Pe0Dmb2IqTZtFGGplSQfHZpNy4H8zO';

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_ROUNDS);
}

/** Whether `password` matches `hash`; always does one bcrypt comparison, even when `hash` is null. */
export async function verifyPassword(hash: string | null | undefined, password: string): Promise<boolean> {
  const matches = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return matches && Boolean(hash);
}
