import { INestApplicationContext } from '@nestjs/common';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import type { User } from '../../modules/users/entities/user.entity';

export const DEMO_PASSWORD = 'corral-demo';

export interface SeedContext {
  app: INestApplicationContext;
  /** One demo user per role; the member owns a share of the demo records. */
  users: { admin: User; manager: User; member: User };
  log: (message: string) => void;
}

/** A module's demo data. Seeders run in the order of SEEDERS (seed.ts), each on an empty database. */
export interface Seeder {
  name: string;
  run(context: SeedContext): Promise<void>;
}

/** A fixed-seed generator (mulberry32): the demo data is the same on every machine and every run. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A demo user as the services expect the signed-in user: seeders act through the same services as the API. */
export function asAuthUser(user: User): AuthUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
