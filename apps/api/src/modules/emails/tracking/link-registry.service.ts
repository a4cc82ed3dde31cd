import { Injectable } from '@nestjs/common';
import { CampaignLinksRepository, NO_CAMPAIGN } from './campaign-links.repository';

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

  constructor(private readonly links: CampaignLinksRepository) {}

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
      const rows = await this.links.upsert(campaignId, missing);
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
    const link = await this.links.find(linkId);
    if (!link) return null;
    if (this.urls.size >= CACHE_LIMIT) this.urls.clear();
    this.urls.set(linkId, link);
    return link;
  }
}
