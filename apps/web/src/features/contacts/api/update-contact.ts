import { type components, unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { contactsKeys } from './contacts-keys';

export type ContactChanges = components['schemas']['UpdateContactDto'];

export function updateContact({ id, changes }: { id: string; changes: ContactChanges }) {
  return unwrap(api.PATCH('/api/contacts/{id}', { params: { path: { id } }, body: changes }));
}

export function useUpdateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateContact,
    onSuccess: (contact) => {
      queryClient.setQueryData(contactsKeys.detail(contact.id), contact);
      return queryClient.invalidateQueries({ queryKey: contactsKeys.all });
    },
  });
}
