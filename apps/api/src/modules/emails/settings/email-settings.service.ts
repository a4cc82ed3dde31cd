import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../../config/config';
import { SettingsService } from '../../settings/settings.service';

export interface EmailSettings {
  /** Sender of templates that name none. */
  fromEmail: string;
  fromName: string;
  /** Postal address printed in every marketing email's footer (CAN-SPAM). */
  postalAddress: string;
}

const KEY = 'email';
/** Settings change rarely and every process reads them for every email; a short cache keeps sends cheap. */
const CACHE_MS = 5_000;

@Injectable()
export class EmailSettingsService {
  private cached?: { value: EmailSettings; at: number };

  constructor(
    private readonly settings: SettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  defaults(): EmailSettings {
    return { fromEmail: `noreply@${new URL(this.config.publicUrl).hostname}`, fromName: 'Corral', postalAddress: '' };
  }

  async get(): Promise<EmailSettings> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.value;
    const stored = (await this.settings.get<Partial<EmailSettings>>(KEY)) ?? {};
    const value = { ...this.defaults(), ...stored };
    this.cached = { value, at: Date.now() };
    return value;
  }

  async update(patch: Partial<EmailSettings>): Promise<EmailSettings> {
    const stored = (await this.settings.get<Partial<EmailSettings>>(KEY)) ?? {};
    const next = { ...stored, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
    await this.settings.set(KEY, next);
    this.cached = undefined;
    return this.get();
  }
}
