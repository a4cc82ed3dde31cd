import { unwrap } from '@corral/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { workflowsKeys } from './workflows-keys';

export function getWorkflow(id: string) {
  return unwrap(api.GET('/api/workflows/{id}', { params: { path: { id } } }));
}

export function useWorkflow(id: string | undefined) {
  return useQuery({ queryKey: workflowsKeys.detail(id ?? ''), queryFn: () => getWorkflow(id as string), enabled: Boolean(id) });
}
