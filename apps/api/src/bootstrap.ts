import { INestApplication, RequestMethod } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { OperationObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import express from 'express';
import Redis from 'ioredis';
import { Logger } from 'nestjs-pino';
import type { IncomingMessage } from 'http';
import { AppModule } from './app.module';
import { PUBLIC_OPERATION_EXTENSION } from './common/decorators/auth.decorators';
import { createValidationPipe } from './common/pipes/validation.pipe';
import { AppConfig } from './config/config';
import { SENDGRID_WEBHOOK_MAX_BYTES } from './modules/emails/webhooks/webhooks.controller';
import { securityHeaders } from './http/security-headers';
import { spaStatic } from './http/spa-static';
import { DataSource } from 'typeorm';
import { DependencyUnavailableError, dataSourceOptions, ensureDatabase, runMigrations } from './database/data-source';

/** Routes outside `/api`: public links that end up in emails. */
const PUBLIC_ROUTE_PREFIXES = ['track', 'unsubscribe'];

/** Creates the database if missing, runs migrations, and checks Redis, with one clear message on failure. */
export async function prepareDependencies(config: AppConfig): Promise<void> {
  await ensureDatabase(config.databaseUrl);
  const dataSource = new DataSource(dataSourceOptions(config.databaseUrl));
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
  const redis = new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new DependencyUnavailableError(
      `Cannot reach Redis at ${config.redisUrl} (${(error as Error).message}). ` +
        'Start it (e.g. `docker compose -f docker/dev-services.yml up -d redis`, or `redis-server --daemonize yes`) or set REDIS_URL.',
    );
  } finally {
    redis.disconnect();
  }
}

export function configureHttp(app: INestApplication): void {
  app.setGlobalPrefix('api', {
    exclude: PUBLIC_ROUTE_PREFIXES.map((prefix) => ({ path: `${prefix}/{*rest}`, method: RequestMethod.ALL })),
  });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
}

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = new DocumentBuilder()
    .setTitle('Corral API')
    .setDescription(
      'Self-hosted CRM with email marketing automation. Errors are application/problem+json (RFC 9457). ' +
        'Lists answer `{data, total, limit, offset}`.',
    )
    .setVersion('1.0.0')
    .setLicense('UNLICENSED', 'https://corral.example/license')
    .addServer('/')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  return withSecurityAndProblems(
    SwaggerModule.createDocument(app, document, {
      operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
    }),
  );
}

const PROBLEM_RESPONSES: Record<string, string> = {
  '400': 'Invalid input: the `errors` member lists each failing field',
  '401': 'Missing, expired or invalid access token',
  '404': 'Not found, or not visible to this user',
};

/**
 * Declares what holds for every route instead of repeating it on each: bearer auth unless the
 * route is @Public(), and the problem+json answers the global guard, pipe and filter give.
 */
function withSecurityAndProblems(document: OpenAPIObject): OpenAPIObject {
  document.security = [{ bearer: [] }];
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas.ProblemDetails = {
    type: 'object',
    description: 'RFC 9457 problem details (application/problem+json)',
    required: ['type', 'title', 'status'],
    properties: {
      type: { type: 'string' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      instance: { type: 'string' },
      errors: {
        type: 'array',
        items: {
          type: 'object',
          required: ['field', 'message'],
          properties: { field: { type: 'string' }, message: { type: 'string' } },
        },
      },
    },
  };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method] as (OperationObject & Record<string, unknown>) | undefined;
      if (!operation) continue;
      const isPublic = operation[PUBLIC_OPERATION_EXTENSION] === true;
      delete operation[PUBLIC_OPERATION_EXTENSION];
      if (isPublic) operation.security = [];
      else delete operation.security;
      const applicable = [
        (operation.requestBody || operation.parameters?.length) && '400',
        !isPublic && '401',
        path.includes('{') && '404',
      ].filter((code): code is string => Boolean(code));
      for (const code of applicable) {
        operation.responses[code] ??= {
          description: PROBLEM_RESPONSES[code],
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
        };
      }
    }
  }
  return document;
}

export async function createHttpApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustedProxies);
  useBodyParsers(app);
  app.use(securityHeaders(config));
  configureHttp(app);
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
    customSiteTitle: 'Corral API',
  });
  if (config.spaDir) app.use(spaStatic(config.spaDir));
  return app;
}

/** Nest's default body limit, kept for every route but the SendGrid webhook and templates (CSV imports are multipart, read by multer). */
const BODY_LIMIT = '100kb';
/** A template's HTML and text parts may each hold 500,000 characters (TemplateDto), up to 4 bytes each in UTF-8 and more once JSON-escaped. */
const TEMPLATES_PATH = '/api/templates';
const TEMPLATE_BODY_LIMIT = '5mb';
const SENDGRID_WEBHOOK_PATH = '/api/webhooks/sendgrid';

/** Keeps the exact bytes received (`req.rawBody`): the webhook's signature is computed over them. */
function keepRawBody(req: RawBodyRequest<IncomingMessage>, _res: unknown, buffer: Buffer): void {
  req.rawBody = buffer;
}

/**
 * Replaces Nest's parsers (`bodyParser: false`) to give the SendGrid webhook its own limit and the
 * raw body, and only it: the raw copy doubles the memory of a body. A body the webhook parser has
 * read is finished, so the general parsers after it skip the request. Parser errors (413 too
 * large, 400 bad JSON) reach the global ProblemDetailsFilter through Nest's Express error handler.
 */
function useBodyParsers(app: NestExpressApplication): void {
  app.use(SENDGRID_WEBHOOK_PATH, express.json({ limit: SENDGRID_WEBHOOK_MAX_BYTES, verify: keepRawBody }));
  app.use(TEMPLATES_PATH, express.json({ limit: TEMPLATE_BODY_LIMIT }));
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.useBodyParser('urlencoded', { extended: true, limit: BODY_LIMIT });
}
