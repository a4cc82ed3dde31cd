import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { prepareDependencies } from './bootstrap';
import { loadConfig } from './config/config';
import { DEMO_PASSWORD, SeedContext, Seeder } from './database/seed/seeder';
import { exitOnStartupError } from './main';
import { automationsSeeder } from './modules/automations/automations.seeder';
import { contactsSeeder } from './modules/contacts/contacts.seeder';
import { dealsSeeder } from './modules/deals/deals.seeder';
import { emailsSeeder } from './modules/emails/emails.seeder';
import { UsersService } from './modules/users/users.service';

/** Demo data, module by module, in dependency order. */
const SEEDERS: Seeder[] = [contactsSeeder, dealsSeeder, emailsSeeder, automationsSeeder];

const DEMO_USERS = [
  { role: 'admin', email: 'admin@corral.local', name: 'Alex Admin' },
  { role: 'manager', email: 'manager@corral.local', name: 'Morgan Manager' },
  { role: 'member', email: 'member@corral.local', name: 'Sam Seller' },
] as const;

/**
 * `npm run seed`: fills an empty database with demo data (npm start runs it too). A database that
 * already has users is left alone, so the seed never mixes with real data.
 */
async function seed(): Promise<void> {
  const config = { ...loadConfig(), role: 'api' as const, logLevel: 'warn' };
  await prepareDependencies(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    const users = app.get(UsersService);
    if ((await users.count()) > 0) {
      console.log('corral seed: the database already has users; demo data not added.');
      return;
    }
    const created = {} as SeedContext['users'];
    for (const demo of DEMO_USERS) {
      created[demo.role] = await users.create({ ...demo, password: DEMO_PASSWORD });
    }
    const context: SeedContext = { app, users: created, log: (message) => console.log(`corral seed: ${message}`) };
    for (const seeder of SEEDERS) {
      const started = Date.now();
      await seeder.run(context);
      context.log(`${seeder.name} done in ${Date.now() - started} ms`);
    }
    console.log(`corral seed: demo data ready. Log in as ${DEMO_USERS.map((u) => u.email).join(', ')} with password "${DEMO_PASSWORD}".`);
  } finally {
    await app.close();
  }
}

seed().catch(exitOnStartupError);
