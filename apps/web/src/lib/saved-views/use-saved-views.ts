import { type components, unwrap } from '@corral/api-client';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';

export type SavedView = components['schemas']['SavedViewDto'];
export type SavedViewObjectType = SavedView['objectType'];
/** A list's state as a view holds it: its filters as the API's query parameters, its sort and its columns. */
export type ViewState = Pick<SavedView, 'filters' | 'sort' | 'columns'>;

export const savedViewsKeys = {
  all: ['views'] as const,
  list: (objectType: SavedViewObjectType) => ['views', objectType] as const,
};

/** Your views of this list and the shared ones, by name (200: more than anyone keeps in one picker). */
export function useSavedViews(objectType: SavedViewObjectType) {
  return useQuery(
    queryOptions({
      queryKey: savedViewsKeys.list(objectType),
      queryFn: async () => (await unwrap(api.GET('/api/views', { params: { query: { objectType, limit: 200, sort: 'name' } } }))).data,
      staleTime: 30_000,
    }),
  );
}

function useViewMutation<T>(mutationFn: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: savedViewsKeys.all }) });
}

export const useCreateSavedView = () =>
  useViewMutation((body: components['schemas']['CreateSavedViewDto']) => unwrap(api.POST('/api/views', { body })));

export const useUpdateSavedView = () =>
  useViewMutation(({ id, ...body }: { id: string } & components['schemas']['UpdateSavedViewDto']) =>
    unwrap(api.PATCH('/api/views/{id}', { params: { path: { id } }, body })),
  );

export const useDeleteSavedView = () => useViewMutation((id: string) => unwrap(api.DELETE('/api/views/{id}', { params: { path: { id } } })));
