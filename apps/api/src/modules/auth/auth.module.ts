import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { EmailsModule } from '../emails/emails.module';
import { SettingsService } from '../settings/settings.service';
import { UsersModule } from '../users/users.module';
import { AccountsService } from './accounts.service';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { PasswordToken } from './entities/password-token.entity';
import { RefreshToken } from './entities/refresh-token.entity';
import { JWT_SECRET, jwtSecretProvider } from './jwt-secret.provider';
import { JwtStrategy } from './jwt.strategy';
import { LoginAccountLimiter } from './login-account-limiter';
import { PasswordTokensService } from './password-tokens.service';
import { RedisThrottlerStorage } from './redis-throttler.storage';
import { ResetEmailLimiter } from './reset-email-limiter';
import { UserAccountsController } from './user-accounts.controller';

@Module({
  imports: [
    UsersModule,
    EmailsModule,
    PassportModule,
    TypeOrmModule.forFeature([RefreshToken, PasswordToken]),
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
  controllers: [AuthController, UserAccountsController],
  providers: [AuthService, AuthRepository, AccountsService, PasswordTokensService, LoginAccountLimiter, ResetEmailLimiter, JwtStrategy, jwtSecretProvider],
  exports: [JWT_SECRET],
})
export class AuthModule {}
