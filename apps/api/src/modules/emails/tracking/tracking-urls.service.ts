import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'crypto';
import { APP_CONFIG, AppConfig } from '../../../config/config';
import { SettingsService } from '../../settings/settings.service';
import { TokenClaims, TokenKind, TrackingTokens } from './tracking-tokens';

/**
 * Signed public URLs for emails. The HMAC secret is random, generated once per database and kept
 * in app_setting, so every api and worker process signs and verifies alike, and it is independent
 * of JWT_SECRET: rotating login secrets does not break links in emails already sent.
 */
@Injectable()
export class TrackingUrlsService {
  private tokens?: Promise<TrackingTokens>;

  constructor(
    private readonly settings: SettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private load(): Promise<TrackingTokens> {
    this.tokens ??= this.settings
      .getOrCreate('email_tracking_secret', () => randomBytes(32).toString('base64url'))
      .then((secret) => new TrackingTokens(Buffer.from(secret, 'base64url')))
      .catch((error) => {
        this.tokens = undefined;
        throw error;
      });
    return this.tokens;
  }

  /** The public base every email link starts with; links under it are never rewritten for tracking. */
  get publicUrl(): string {
    return this.config.publicUrl;
  }

  async openUrl(emailLogId: string): Promise<string> {
    return `${this.config.publicUrl}/track/open/${(await this.load()).sign('open', { emailLogId })}`;
  }

  async clickUrl(emailLogId: string, linkId: string): Promise<string> {
    return `${this.config.publicUrl}/track/click/${(await this.load()).sign('click', { emailLogId, linkId })}`;
  }

  async unsubscribeUrl(emailLogId: string): Promise<string> {
    return `${this.config.publicUrl}/unsubscribe/${(await this.load()).sign('unsubscribe', { emailLogId })}`;
  }

  async preferencesUrl(emailLogId: string): Promise<string> {
    return `${this.config.publicUrl}/preferences/${(await this.load()).sign('preferences', { emailLogId })}`;
  }

  async verify(kind: TokenKind, token: string): Promise<TokenClaims | null> {
    return (await this.load()).verify(kind, token);
  }
}
