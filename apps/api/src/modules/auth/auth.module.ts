import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { SettingsService } from '../settings/settings.service';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { RefreshToken } from './entities/refresh-token.entity';
import { JWT_SECRET, jwtSecretProvider } from './jwt-secret.provider';
import { JwtStrategy } from './jwt.strategy';
import { RedisThrottlerStorage } from './redis-throttler.storage';

@Module({
  imports: [
    UsersModule,
    PassportModule,
    TypeOrmModule.forFeature([RefreshToken]),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ name: 'login', ttl: 60_000, limit: config.loginRateLimit }],
        storage: new RedisThrottlerStorage(config.redisUrl, config.queuePrefix),
      }),
    }),
    JwtModule.registerAsync({
      inject: [APP_CONFIG, SettingsService],
      useFactory: async (config: AppConfig, settings: SettingsService) => ({
        secret: await jwtSecretProvider.useFactory(config, settings),
        signOptions: { expiresIn: config.accessTokenTtlSeconds },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, JwtStrategy, jwtSecretProvider],
  exports: [JWT_SECRET],
})
export class AuthModule {}
