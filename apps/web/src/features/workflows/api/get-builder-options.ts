import { unwrap } from '@corral/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

/**
 * What the builder's pickers offer: email templates, users, pipelines with their stages. One page
 * of each is plenty (accounts have tens of templates, a handful of pipelines).
 */
export function useTemplateOptions() {
  return useQuery({
    queryKey: ['workflows', 'options', 'templates'],
    queryFn: () => unwrap(api.GET('/api/templates', { params: { query: { limit: 200, sort: 'name' } } })),
    select: (page) => page.data.map((t) => ({ id: t.id, name: t.name, subject: t.subject })),
  });
}

export function useUserOptions() {
  return useQuery({
    queryKey: ['workflows', 'options', 'users'],
    queryFn: () => unwrap(api.GET('/api/users', { params: { query: { limit: 200, sort: 'name' } } })),
    select: (page) => page.data.filter((u) => u.isActive).map((u) => ({ id: u.id, name: u.name, email: u.email })),
  });
}

export function usePipelineOptions() {
  return useQuery({
    queryKey: ['workflows', 'options', 'pipelines'],
    queryFn: () => unwrap(api.GET('/api/pipelines', { params: { query: { limit: 200 } } })),
    select: (page) => page.data.map((p) => ({ id: p.id, name: p.name, stages: p.stages.map((s) => ({ id: s.id, name: s.name })) })),
  });
}
