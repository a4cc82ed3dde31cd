import { INestApplication, RequestMethod } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { OperationObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import express from 'express';
import Redis from 'ioredis';
import { Logger } from 'nestjs-pino';
import type { IncomingMessage } from 'http';
import { AppModule } from './app.module';
import { PUBLIC_OPERATION_EXTENSION, ROLES_OPERATION_EXTENSION } from './common/decorators/auth.decorators';
import { requiredScope, SCOPE_AREA_OPERATION_EXTENSION, ScopeAreaName } from './common/decorators/scope-area.decorator';
import { createValidationPipe } from './common/pipes/validation.pipe';
import { requestContextMiddleware } from './common/request-context';
import { AppConfig } from './config/config';
import { withIdempotencyKey } from './modules/idempotency/idempotency-openapi';
import { SENDGRID_WEBHOOK_MAX_BYTES } from './modules/emails/webhooks/webhooks.controller';
import { securityHeaders } from './http/security-headers';
import { spaStatic } from './http/spa-static';
import { DataSource } from 'typeorm';
import { DependencyUnavailableError, dataSourceOptions, ensureDatabase, runMigrations } from './database/data-source';

/** Routes outside `/api`: public links that end up in emails. */
const PUBLIC_ROUTE_PREFIXES = ['track', 'unsubscribe', 'preferences', 'f', 'confirm'];

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
  app.use(requestContextMiddleware);
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
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT or API key',
      description:
        'Either a user access token (the JWT that `POST /api/auth/login` answers) or an API key (`crl_…`, created in ' +
        'Settings → API keys), both as `Authorization: Bearer <token>`. A key acts with its role and only within its scopes.',
    })
    .build();
  return withSecurityAndProblems(
    withIdempotencyKey(
      SwaggerModule.createDocument(app, document, {
        operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
      }),
    ),
  );
}

const PROBLEM_RESPONSES: Record<string, string> = {
  '400': 'Invalid input: the `errors` member lists each failing field',
  '401': 'Missing, expired or invalid access token',
  '404': 'Not found, or not visible to this user',
  '413': 'The request body is larger than the limit',
  '429': 'Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait',
};

const PROBLEM_CONTENT = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } };

/**
 * Declares what holds for every route instead of repeating it on each: bearer auth unless the
 * route is @Public(), the problem+json answers the global guards, pipe, body parser and filter give
 * (401 without a token, 403 outside @Roles or the route's API key scope, 429 past a key's rate
 * limit, 404 on routes with a path parameter, 400 and 413 on input), and problem+json as the body
 * of every error a route declares with a description only.
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
  for (const schema of Object.values(document.components.schemas)) nullableRefsAsAnyOf(schema as SchemaObject);
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method] as (OperationObject & Record<string, unknown>) | undefined;
      if (!operation) continue;
      const isPublic = operation[PUBLIC_OPERATION_EXTENSION] === true;
      const roles = operation[ROLES_OPERATION_EXTENSION] as string[] | undefined;
      const area = operation[SCOPE_AREA_OPERATION_EXTENSION] as ScopeAreaName | undefined;
      delete operation[PUBLIC_OPERATION_EXTENSION];
      delete operation[ROLES_OPERATION_EXTENSION];
      delete operation[SCOPE_AREA_OPERATION_EXTENSION];
      if (isPublic) operation.security = [];
      else delete operation.security;
      const applicable: Record<string, string | false> = {
        '400': Boolean(operation.requestBody || operation.parameters?.length) && PROBLEM_RESPONSES['400'],
        '401': !isPublic && PROBLEM_RESPONSES['401'],
        '403': !isPublic && forbiddenDescription(roles, area ? requiredScope(area, method.toUpperCase()) : undefined),
        '404': path.includes('{') && PROBLEM_RESPONSES['404'],
        '413': Boolean(operation.requestBody) && PROBLEM_RESPONSES['413'],
        '429': !isPublic && PROBLEM_RESPONSES['429'],
      };
      for (const [code, description] of Object.entries(applicable)) {
        if (description) operation.responses[code] ??= { description };
      }
      for (const [code, response] of Object.entries(operation.responses)) {
        if (Number(code) >= 400 && response && !('$ref' in response) && !response.content) response.content = PROBLEM_CONTENT;
      }
    }
  }
  return document;
}

/** Who an authenticated route refuses: users outside its roles, and API keys without its scope (every key, when it has none). */
function forbiddenDescription(roles: string[] | undefined, scope: string | undefined): string {
  const keys = scope ? `an API key without the scope ${scope}` : 'any API key (signed-in users only)';
  return roles?.length ? `Needs the role ${roles.join(' or ')}; refused to ${keys}` : `Refused to ${keys}`;
}

/** The `null` value alone, as OAS 3.0 can say it: `nullable` needs a `type` beside it. */
const NULL_ONLY: SchemaObject = { type: 'object', nullable: true, enum: [null] };

/**
 * Nest writes a nullable DTO property as `nullable` beside `allOf: [$ref]`, where OAS 3.0 cannot
 * apply it (every allOf member must accept the value, and the referenced object refuses null), so
 * validators reject the `null` the API sends. `anyOf: [$ref, null-only]` means "X or null" under
 * every reading: validators, Redocly's rules and openapi-typescript (`X | null`).
 */
function nullableRefsAsAnyOf(schema: SchemaObject): void {
  for (const property of Object.values(schema.properties ?? {}) as SchemaObject[]) {
    if (property.nullable && property.allOf?.length === 1 && !property.oneOf && !property.anyOf) {
      property.anyOf = [property.allOf[0], NULL_ONLY];
      delete property.allOf;
      delete property.type;
      delete property.nullable;
    }
  }
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
/** Up to 1,000 contacts (ContactBatchDto), each with its notes and custom fields. */
const CONTACT_BATCH_PATH = '/api/contacts/batch';
const CONTACT_BATCH_BODY_LIMIT = '10mb';
const SENDGRID_WEBHOOK_PATH = '/api/webhooks/sendgrid';
/** Public signup posts hold a few fields: a small limit keeps an endpoint anyone may post to from taking large bodies. */
const FORMS_PATH = '/f';
const FORM_BODY_LIMIT = '16kb';

/** Any site may post a signup with its own script; set before the parsers so their 400 and 413 carry it too. */
function openCors(_req: IncomingMessage, res: { setHeader(name: string, value: string): unknown }, next: () => void): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  next();
}

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
  app.use(FORMS_PATH, openCors, express.json({ limit: FORM_BODY_LIMIT }), express.urlencoded({ extended: true, limit: FORM_BODY_LIMIT }));
  app.use(CONTACT_BATCH_PATH, express.json({ limit: CONTACT_BATCH_BODY_LIMIT }));
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.useBodyParser('urlencoded', { extended: true, limit: BODY_LIMIT });
}
