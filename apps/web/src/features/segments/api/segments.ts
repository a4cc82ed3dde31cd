import { type components, unwrap } from '@corral/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateAfterDelete } from '../../../lib/query-client';

export type Segment = components['schemas']['SegmentDto'];
export type SegmentDefinition = components['schemas']['SegmentDefinitionDto'];
export type SegmentInput = components['schemas']['CreateSegmentDto'];

/** Query keys of the segments feature; mutations invalidate `segmentsKeys.all` (the pickers' options too). */
export const segmentsKeys = {
  all: ['segments'] as const,
  list: (query: object) => ['segments', 'list', query] as const,
  detail: (id: string) => ['segments', 'detail', id] as const,
  count: (id: string) => ['segments', 'detail', id, 'count'] as const,
  contacts: (id: string, query: object) => ['segments', 'detail', id, 'contacts', query] as const,
  draftCount: (definition: SegmentDefinition) => ['segments', 'draft-count', definition] as const,
};

export function useSegments(query: { limit: number; offset: number; search?: string }) {
  return useQuery({
    queryKey: segmentsKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/segments', { params: { query: { ...query, sort: 'name' } } })),
    placeholderData: keepPreviousData,
  });
}

export function useSegment(id: string | undefined) {
  return useQuery({
    queryKey: segmentsKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/segments/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

/** A saved segment's count now (segments are dynamic: never cached for long). */
export function useSegmentCount(id: string) {
  return useQuery({
    queryKey: segmentsKeys.count(id),
    queryFn: () => unwrap(api.GET('/api/segments/{id}/count', { params: { path: { id } } })),
  });
}

export function useSegmentContacts(id: string | undefined, query: { limit: number; offset: number }) {
  return useQuery({
    queryKey: segmentsKeys.contacts(id ?? '', query),
    queryFn: () => unwrap(api.GET('/api/segments/{id}/contacts', { params: { path: { id: id! }, query } })),
    enabled: Boolean(id),
    placeholderData: keepPreviousData,
  });
}

/**
 * The count of a definition being edited; callers debounce it. A 400 is an answer here (the
 * definition names a condition that does not fit), so it is not retried.
 */
export function useDraftCount(definition: SegmentDefinition) {
  return useQuery({
    queryKey: segmentsKeys.draftCount(definition),
    queryFn: () => unwrap(api.POST('/api/segments/count', { body: { definition } })),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useSaveSegment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: SegmentInput }) =>
      id ? unwrap(api.PATCH('/api/segments/{id}', { params: { path: { id } }, body })) : unwrap(api.POST('/api/segments', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: segmentsKeys.all }),
  });
}

export function useDeleteSegment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/segments/{id}', { params: { path: { id } } })),
    onSuccess: (_, id) => invalidateAfterDelete(queryClient, segmentsKeys.all, segmentsKeys.detail(id)),
  });
}
