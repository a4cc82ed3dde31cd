import { type components, unwrap } from '@corral/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateAfterDelete } from '../../../lib/query-client';

export type SignupForm = components['schemas']['FormDto'];
export type SignupFormInput = components['schemas']['CreateFormDto'];
export type FormFieldInput = components['schemas']['FormFieldDto'];
export type Topic = components['schemas']['TopicDto'];

/** Query keys of the forms feature; mutations invalidate `formsKeys.all`. */
export const formsKeys = {
  all: ['forms'] as const,
  list: (query: object) => ['forms', 'list', query] as const,
  detail: (id: string) => ['forms', 'detail', id] as const,
  embed: (id: string) => ['forms', 'detail', id, 'embed'] as const,
};

export function useForms(query: { limit: number; offset: number; search?: string }) {
  return useQuery({
    queryKey: formsKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/forms', { params: { query: { ...query, sort: '-createdAt' } } })),
    placeholderData: keepPreviousData,
  });
}

export function useSignupForm(id: string | undefined) {
  return useQuery({
    queryKey: formsKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/forms/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

/** The embed snippet and the hosted page's URL. */
export function useFormEmbed(id: string | undefined) {
  return useQuery({
    queryKey: formsKeys.embed(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/forms/{id}/embed', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

export function useSaveForm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: SignupFormInput }) =>
      id ? unwrap(api.PATCH('/api/forms/{id}', { params: { path: { id } }, body })) : unwrap(api.POST('/api/forms', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: formsKeys.all }),
  });
}

export function useDeleteForm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/forms/{id}', { params: { path: { id } } })),
    onSuccess: (_, id) => invalidateAfterDelete(queryClient, formsKeys.all, formsKeys.detail(id)),
  });
}

/** The topics a form can subscribe to; the key starts with the topics' own, so their changes refresh it. */
export function useTopicOptions() {
  return useQuery({ queryKey: ['topics', 'options'], queryFn: () => unwrap(api.GET('/api/topics')) });
}
