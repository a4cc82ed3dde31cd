import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Stands for "no campaign" (single sends) in campaign_link's unique index, which cannot compare NULLs. */
export const NO_CAMPAIGN = '00000000-0000-0000-0000-000000000000';

/** campaign_link: the URLs click tokens point to, one row per URL and campaign. */
@Injectable()
export class CampaignLinksRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The rows of these URLs in this campaign (null: single sends), created when new. */
  async upsert(campaignId: string | null, urls: string[]): Promise<{ id: string; url: string }[]> {
    // DO UPDATE (a no-op change) so RETURNING also yields rows that already existed.
    return this.dataSource.query(
      `INSERT INTO campaign_link (campaign_id, url, url_hash)
       SELECT $1, u, encode(sha256(convert_to(u, 'UTF8')), 'hex') FROM unnest($2::text[]) AS u
       ON CONFLICT ((coalesce(campaign_id, '${NO_CAMPAIGN}'::uuid)), url_hash) DO UPDATE SET url = EXCLUDED.url
       RETURNING id, url`,
      [campaignId, urls],
    );
  }

  /** Null when no link has this id. */
  async find(linkId: string): Promise<{ url: string; campaignId: string | null } | null> {
    const [row]: { url: string; campaignId: string | null }[] = await this.dataSource.query(
      'SELECT url, campaign_id AS "campaignId" FROM campaign_link WHERE id = $1',
      [linkId],
    );
    return row ?? null;
  }
}
