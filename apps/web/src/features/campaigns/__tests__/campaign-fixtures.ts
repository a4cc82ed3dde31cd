import type { Campaign } from '../api/get-campaigns';

export const EMPTY_STATS: Campaign['stats'] = { recipients: 0, pending: 0, sent: 0, failed: 0, bounced: 0, opened: 0, clicked: 0, unsubscribed: 0, openRate: 0, clickRate: 0 };

/** A campaign as the API returns it: a draft without a template unless `overrides` say otherwise. */
export function makeCampaign(createdById: string, overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: '20000000-0000-4000-8000-000000000001',
    name: 'Spring launch',
    description: null,
    templateId: null,
    templateName: null,
    segmentFilter: { tagMatch: 'any' },
    segmentIds: [],
    excludeSegmentIds: [],
    status: 'draft',
    scheduledAt: null,
    startedAt: null,
    completedAt: null,
    trackOpens: true,
    trackClicks: true,
    stats: EMPTY_STATS,
    createdById,
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
    ...overrides,
  } as Campaign;
}
