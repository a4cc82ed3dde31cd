import { INestApplicationContext } from '@nestjs/common';
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
