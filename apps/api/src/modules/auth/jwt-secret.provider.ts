import { FactoryProvider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { SettingsService } from '../settings/settings.service';

export const JWT_SECRET = Symbol('JWT_SECRET');

/** JWT_SECRET when set; otherwise a random secret kept in the database so every process agrees. */
export const jwtSecretProvider: FactoryProvider<Promise<string>> = {
  provide: JWT_SECRET,
  inject: [APP_CONFIG, SettingsService],
  useFactory: async (config: AppConfig, settings: SettingsService) =>
    config.jwtSecret ?? settings.developmentJwtSecret(),
};
