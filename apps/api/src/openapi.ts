import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { buildOpenApiDocument, configureHttp } from './bootstrap';
import { loadConfig } from './config/config';

/**
 * Prints the OpenAPI document without connecting to anything: Nest's preview mode builds the
 * module graph but instantiates no provider. Used to generate libs/api-client.
 */
async function printDocument(): Promise<void> {
  const config = loadConfig({ ROLE: 'api', JWT_SECRET: 'openapi-generation-only' });
  const app = await NestFactory.create(AppModule.forRoot(config), { preview: true, logger: false });
  configureHttp(app);
  const document = buildOpenApiDocument(app);
  process.stdout.write(JSON.stringify(document, null, 2) + '\n');
  await app.close();
}

printDocument().catch((error) => {
  console.error(error);
  process.exit(1);
});
