import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { createHttpApp, prepareDependencies } from './bootstrap';
import { AppConfig, ConfigError, loadConfig, runsHttp } from './config/config';
import { DependencyUnavailableError } from './database/data-source';

/** Prints a startup failure the operator can act on as one line, not a stack trace loop. */
export function exitOnStartupError(error: unknown): never {
  if (error instanceof ConfigError || error instanceof DependencyUnavailableError) {
    console.error(`corral: ${error.message}`);
  } else {
    console.error('corral: startup failed:', error);
  }
  process.exit(1);
}

async function start(config: AppConfig): Promise<void> {
  await prepareDependencies(config);
  if (runsHttp(config)) {
    const app = await createHttpApp(config);
    await app.listen(config.port);
    app.get(Logger).log(`Corral API (role ${config.role}) listening on port ${config.port}`);
  } else {
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { bufferLogs: true });
    app.useLogger(app.get(Logger));
    app.enableShutdownHooks();
    app.get(Logger).log('Corral worker started (processors and scheduler)');
  }
}

if (require.main === module) {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    exitOnStartupError(error);
  }
  start(config).catch(exitOnStartupError);
}
