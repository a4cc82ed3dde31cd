import { BullModule } from '@nestjs/bull';
import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'crypto';
import type { IncomingMessage, ServerResponse } from 'http';
import { PeriodicJobsModule } from './common/periodic';
import { ProblemDetailsFilter } from './common/filters/problem-details.filter';
import { ApiScopesGuard } from './common/guards/api-scopes.guard';
import { JwtAuthGuard } from './common/guards/jwt-auth.guard';
import { RolesGuard } from './common/guards/roles.guard';
import { ShutdownModule } from './common/shutdown';
import { APP_CONFIG, AppConfig, runsWorkers } from './config/config';
import { dataSourceOptions } from './database/data-source';
import { ApiKeysModule } from './modules/api-keys/api-keys.module';
import { AuthModule } from './modules/auth/auth.module';
import { AutomationsWorkerModule } from './modules/automations/automations-worker.module';
import { AutomationsModule } from './modules/automations/automations.module';
import { ConsentModule } from './modules/consent/consent.module';
import { ContactsModule } from './modules/contacts/contacts.module';
import { FieldsModule } from './modules/fields/fields.module';
import { FormsModule } from './modules/forms/forms.module';
import { GdprModule } from './modules/gdpr/gdpr.module';
import { ContactsWorkerModule } from './modules/contacts/contacts-worker.module';
import { DashboardModule } from './modules/dashboard/dashboard.module';
import { DealsModule } from './modules/deals/deals.module';
import { EmailsModule } from './modules/emails/emails.module';
import { EmailsWorkerModule } from './modules/emails/worker/emails-worker.module';
import { HealthModule } from './modules/health/health.module';
import { IdempotencyWorkerModule } from './modules/idempotency/idempotency-worker.module';
import { IdempotencyModule } from './modules/idempotency/idempotency.module';
import { OutboxWorkerModule } from './modules/outbox/outbox-worker.module';
import { OutboxModule } from './modules/outbox/outbox.module';
import { SegmentsModule } from './modules/segments/segments.module';
import { SettingsModule } from './modules/settings/settings.module';
import { UsersModule } from './modules/users/users.module';
import { ViewsModule } from './modules/views/views.module';
import { WebhooksWorkerModule } from './modules/webhooks/webhooks-worker.module';
import { WebhooksModule } from './modules/webhooks/webhooks.module';

/** Domain modules: services, controllers, event listeners. Loaded in every role. */
const DOMAIN_MODULES = [
  SettingsModule,
  UsersModule,
  AuthModule,
  HealthModule,
  OutboxModule,
  FieldsModule,
  ContactsModule,
  ConsentModule,
  DealsModule,
  SegmentsModule,
  EmailsModule,
  AutomationsModule,
  DashboardModule,
  ViewsModule,
  FormsModule,
  GdprModule,
  ApiKeysModule,
  IdempotencyModule,
  WebhooksModule,
];

/** Bull processors and periodic jobs (common/periodic.ts): loaded only when ROLE is worker or all. */
const WORKER_MODULES: DynamicModule['imports'] = [ContactsWorkerModule, EmailsWorkerModule, AutomationsWorkerModule, OutboxWorkerModule, IdempotencyWorkerModule, WebhooksWorkerModule];

@Module({})
class ConfigHolderModule {}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const worker = runsWorkers(config);
    return {
      module: AppModule,
      imports: [
        { module: ConfigHolderModule, global: true, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] },
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            // Echoed back so a user reporting a problem can quote the id found in the logs.
            genReqId: (req: IncomingMessage, res: ServerResponse) => {
              const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
              res.setHeader('X-Request-Id', id);
              return id;
            },
            // One line per request: method, url, status, time; never headers (they hold tokens).
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            customProps: (req: IncomingMessage & { user?: { id: string } }) => ({ userId: req.user?.id }),
            autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' },
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl)),
        BullModule.forRoot({ redis: config.redisUrl, prefix: config.queuePrefix }),
        EventEmitterModule.forRoot(),
        ShutdownModule,
        ...DOMAIN_MODULES,
        ...(worker ? [ScheduleModule.forRoot(), PeriodicJobsModule, ...(WORKER_MODULES ?? [])] : []),
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: ApiScopesGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
      ],
    };
  }
}
