import { unwrap } from '@corral/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { contactDealsKey } from '../../../lib/query-client';

const RECENT = 20;

/** The contact's deals, newest first, as the deals API lists them. */
export const useContactDeals = (contactId: string) =>
  useQuery({
    queryKey: contactDealsKey(contactId),
    queryFn: () => unwrap(api.GET('/api/deals', { params: { query: { contactId, limit: RECENT, sort: '-createdAt' } } })),
  });

/** Every email the product sent the contact (campaigns and workflows). */
export const useContactEmails = (contactId: string) =>
  useQuery({
    queryKey: ['contacts', 'related', 'emails', contactId],
    queryFn: () => unwrap(api.GET('/api/contacts/{id}/emails', { params: { path: { id: contactId }, query: { limit: RECENT } } })),
  });

/** The workflow executions the contact is or was in. */
export const useContactWorkflows = (contactId: string) =>
  useQuery({
    queryKey: ['contacts', 'related', 'workflows', contactId],
    queryFn: () => unwrap(api.GET('/api/workflow-executions', { params: { query: { contactId, limit: RECENT } } })),
  });
