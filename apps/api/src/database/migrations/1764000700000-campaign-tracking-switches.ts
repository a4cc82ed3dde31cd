import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Open and click tracking can be turned off per campaign: the pixel alone scores against short
 * emails in spam filters, and Apple Mail Privacy Protection makes opens unreliable anyway.
 * Existing campaigns keep tracking both (the default).
 */
export class CampaignTrackingSwitches1764000700000 implements MigrationInterface {
  name = 'CampaignTrackingSwitches1764000700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign ADD COLUMN track_opens boolean NOT NULL DEFAULT true, ADD COLUMN track_clicks boolean NOT NULL DEFAULT true`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign DROP COLUMN track_clicks, DROP COLUMN track_opens`);
  }
}
