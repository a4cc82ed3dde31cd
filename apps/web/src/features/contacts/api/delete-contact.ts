import { unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { contactsKeys } from './contacts-keys';

export function deleteContact(id: string) {
  return unwrap(api.DELETE('/api/contacts/{id}', { params: { path: { id } } }));
}

export function useDeleteContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteContact,
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: contactsKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: contactsKeys.all });
    },
  });
}
