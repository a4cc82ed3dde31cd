import { unwrap } from '@corral/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { workflowsKeys } from './workflows-keys';

export function getContactWorkflowExecutions(contactId: string) {
  return unwrap(api.GET('/api/contacts/{id}/workflow-executions', { params: { path: { id: contactId }, query: { limit: 20 } } }));
}

export function useContactWorkflowExecutions(contactId: string) {
  return useQuery({ queryKey: workflowsKeys.contactExecutions(contactId), queryFn: () => getContactWorkflowExecutions(contactId) });
}
