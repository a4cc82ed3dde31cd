import { unwrap } from '@corral/api-client';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { contactsKeys } from './contacts-keys';

export function addTags({ id, tags }: { id: string; tags: string[] }) {
  return unwrap(api.POST('/api/contacts/{id}/tags', { params: { path: { id } }, body: { tags } }));
}

export function removeTag({ id, tag }: { id: string; tag: string }) {
  return unwrap(api.DELETE('/api/contacts/{id}/tags/{tag}', { params: { path: { id, tag } } }));
}

function useContactMutation<T>(mutationFn: (input: T) => ReturnType<typeof addTags>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (contact) => {
      queryClient.setQueryData(contactsKeys.detail(contact.id), contact);
      return queryClient.invalidateQueries({ queryKey: contactsKeys.all });
    },
  });
}

export const useAddTags = () => useContactMutation(addTags);
export const useRemoveTag = () => useContactMutation(removeTag);

/** Tags in use (most used first), for filters and suggestions. */
export function useTagCounts(search = '') {
  return useQuery(
    queryOptions({
      queryKey: contactsKeys.tags(search),
      queryFn: () => unwrap(api.GET('/api/contacts/tags', { params: { query: search ? { search } : {} } })),
      staleTime: 60_000,
    }),
  );
}
