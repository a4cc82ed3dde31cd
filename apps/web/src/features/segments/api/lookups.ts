import { unwrap } from '@corral/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

/** Campaigns an engagement condition can name, newest first (under the campaigns feature's root key, which its changes invalidate). */
export function useCampaignOptions() {
  return useQuery({
    queryKey: ['campaigns', 'options'],
    queryFn: () => unwrap(api.GET('/api/campaigns', { params: { query: { limit: 200, sort: '-createdAt' } } })),
    select: (page) => page.data.map((c) => ({ id: c.id, name: c.name })),
  });
}
