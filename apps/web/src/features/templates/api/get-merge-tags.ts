import { unwrap } from '@corral/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { templatesKeys } from './templates-keys';

export function getMergeTags() {
  return unwrap(api.GET('/api/templates/merge-tags'));
}

export function useMergeTags() {
  return useQuery({ queryKey: templatesKeys.mergeTags, queryFn: getMergeTags, staleTime: Infinity });
}
