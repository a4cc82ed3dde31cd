import { useQuery } from '@tanstack/react-query';
import { getIfAvailable } from './authorized-fetch';

interface Page<T> {
  data: T[];
  total: number;
}

/** What the contact page shows of a deal; the deals module owns the full shape. */
export interface RelatedDeal {
  id: string;
  title: string;
  value?: number | string | null;
  currency?: string | null;
  status?: string;
  stage?: { name?: string } | null;
}

export interface RelatedEmail {
  id: string;
  renderedSubject?: string | null;
  status?: string;
  sentAt?: string | null;
  openedAt?: string | null;
  clickedAt?: string | null;
  campaign?: { name?: string } | null;
}

export interface RelatedExecution {
  id: string;
  workflowId?: string;
  status?: string;
  workflow?: { name?: string } | null;
  workflowName?: string;
  startedAt?: string | null;
  createdAt?: string;
}

/**
 * Records other modules keep about a contact. Each answers null while its module is not part of
 * this installation (404), and the section says so instead of failing.
 */
function useRelated<T>(key: string, path: string) {
  return useQuery({
    queryKey: ['contacts', 'related', key, path],
    queryFn: () => getIfAvailable<Page<T>>(path),
    retry: false,
  });
}

export const useContactDeals = (contactId: string) => useRelated<RelatedDeal>('deals', `/api/deals?contactId=${contactId}&limit=20`);
export const useContactEmails = (contactId: string) => useRelated<RelatedEmail>('emails', `/api/email-logs?contactId=${contactId}&limit=20`);
export const useContactWorkflows = (contactId: string) =>
  useRelated<RelatedExecution>('workflows', `/api/workflow-executions?contactId=${contactId}&limit=20`);
