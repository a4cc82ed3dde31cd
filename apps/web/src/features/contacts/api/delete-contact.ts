import { unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contactActivitiesKeys } from '../../../lib/activities';
import { api } from '../../../lib/api';
import { invalidateAfterDelete } from '../../../lib/query-client';
import { contactsKeys } from './contacts-keys';

export function deleteContact(id: string) {
  return unwrap(api.DELETE('/api/contacts/{id}', { params: { path: { id } } }));
}

export function useDeleteContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteContact,
    onSuccess: (_, id) => invalidateAfterDelete(queryClient, contactsKeys.all, contactsKeys.detail(id), contactActivitiesKeys.of(id)),
  });
}
