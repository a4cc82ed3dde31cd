import { unwrap } from '@corral/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export interface PreviewContact {
  id: string;
  name: string;
  email: string;
}

/** Contacts to render the preview for: the first matches of the contact search (visibility applies). */
export function usePreviewContacts(search: string) {
  return useQuery({
    queryKey: ['templates', 'preview-contacts', search],
    queryFn: async (): Promise<PreviewContact[]> => {
      const page = await unwrap(api.GET('/api/contacts', { params: { query: { search: search || undefined, limit: 10, sort: 'lastName' } } }));
      return page.data.map((c) => ({ id: c.id, name: c.fullName, email: c.email }));
    },
    placeholderData: keepPreviousData,
  });
}
