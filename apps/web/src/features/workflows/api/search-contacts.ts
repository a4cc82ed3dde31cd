import { unwrap } from '@corral/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export interface ContactOption {
  id: string;
  name: string;
  email: string;
}

/** Contacts matching `search`, for the "Run now" picker. */
export function useContactOptions(search: string, enabled: boolean) {
  return useQuery({
    queryKey: ['workflows', 'options', 'contacts', search],
    queryFn: () => unwrap(api.GET('/api/contacts', { params: { query: { search: search || undefined, limit: 20 } } })),
    select: (page): ContactOption[] => page.data.map((c) => ({ id: c.id, name: `${c.firstName} ${c.lastName}`.trim(), email: c.email })),
    placeholderData: keepPreviousData,
    enabled,
  });
}
