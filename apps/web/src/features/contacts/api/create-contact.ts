import { type components, unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { contactsKeys } from './contacts-keys';

export type ContactInput = components['schemas']['CreateContactDto'];

export function createContact(body: ContactInput) {
  return unwrap(api.POST('/api/contacts', { body }));
}

export function useCreateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createContact,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsKeys.all }),
  });
}
