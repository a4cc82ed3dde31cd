import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'crypto';
import { Repository } from 'typeorm';
import { AppSetting } from './entities/app-setting.entity';

/** Key/value settings kept in PostgreSQL, so every api and worker process sees the same values. */
@Injectable()
export class SettingsService {
  constructor(@InjectRepository(AppSetting) private readonly settings: Repository<AppSetting>) {}

  async get<T>(key: string): Promise<T | undefined> {
    const row = await this.settings.findOne({ where: { key } });
    return row?.value as T | undefined;
  }

  async set<T>(key: string, value: T): Promise<void> {
    await this.settings.upsert({ key, value: value as object }, ['key']);
  }

  /**
   * The value under `key`, created with `create()` the first time. Concurrent first calls
   * (api and worker booting together) agree on one value because the insert does nothing on conflict.
   */
  async getOrCreate<T>(key: string, create: () => T): Promise<T> {
    await this.settings
      .createQueryBuilder()
      .insert()
      .values({ key, value: create() as object })
      .orIgnore()
      .execute();
    return (await this.get<T>(key)) as T;
  }

  /** The development JWT secret: random, generated once per database. */
  developmentJwtSecret(): Promise<string> {
    return this.getOrCreate('jwt_secret', () => randomBytes(48).toString('base64url'));
  }
}
