import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

const NO_CAMPAIGN = '00000000-0000-0000-0000-000000000000';
/** Enough for the links of many concurrent campaigns; cleared wholesale when full. */
const CACHE_LIMIT = 50_000;

/**
 * The campaign_link rows behind click tokens. A token names a link id, never a URL, so the redirect
 * target is always a URL we wrote into an email ourselves. Ids are cached per process: a campaign's
 * links are looked up once, not once per recipient.
 */
@Injectable()
export class LinkRegistryService {
  private readonly ids = new Map<string, string>();
  private readonly urls = new Map<string, { url: string; campaignId: string | null }>();

  constructor(private readonly dataSource: DataSource) {}

  /** Link ids for these URLs in this campaign (null: single sends), created when new. */
  async resolve(campaignId: string | null, urls: string[]): Promise<Map<string, string>> {
    const scope = campaignId ?? NO_CAMPAIGN;
    const result = new Map<string, string>();
    const missing: string[] = [];
    for (const url of urls) {
      const id = this.ids.get(`${scope}|${url}`);
      if (id) result.set(url, id);
      else missing.push(url);
    }
    if (missing.length) {
      // DO UPDATE (a no-op change) so RETURNING also yields rows that already existed.
      const rows: { id: string; url: string }[] = await this.dataSource.query(
        `INSERT INTO campaign_link (campaign_id, url, url_hash)
         SELECT $1, u, encode(sha256(convert_to(u, 'UTF8')), 'hex') FROM unnest($2::text[]) AS u
         ON CONFLICT ((coalesce(campaign_id, '${NO_CAMPAIGN}'::uuid)), url_hash) DO UPDATE SET url = EXCLUDED.url
         RETURNING id, url`,
        [campaignId, missing],
      );
      if (this.ids.size + rows.length > CACHE_LIMIT) this.ids.clear();
      for (const row of rows) {
        this.ids.set(`${scope}|${row.url}`, row.id);
        result.set(row.url, row.id);
      }
    }
    return result;
  }

  /** The URL behind a link id, with the campaign it belongs to; null when unknown. */
  async find(linkId: string): Promise<{ url: string; campaignId: string | null } | null> {
    const cached = this.urls.get(linkId);
    if (cached) return cached;
    const [row]: { url: string; campaign_id: string | null }[] = await this.dataSource.query(
      'SELECT url, campaign_id FROM campaign_link WHERE id = $1',
      [linkId],
    );
    if (!row) return null;
    if (this.urls.size >= CACHE_LIMIT) this.urls.clear();
    const link = { url: row.url, campaignId: row.campaign_id };
    this.urls.set(linkId, link);
    return link;
  }
}
