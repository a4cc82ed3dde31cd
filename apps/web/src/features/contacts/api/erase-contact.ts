import { unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contactActivitiesKeys } from '../../../lib/activities';
import { api } from '../../../lib/api';
import { invalidateAfterDelete } from '../../../lib/query-client';
import { contactsKeys } from './contacts-keys';

export function eraseContact(id: string) {
  return unwrap(api.POST('/api/contacts/{id}/erase', { params: { path: { id } } }));
}

/** GDPR erase: the contact is gone afterwards, as after a delete. */
export function useEraseContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: eraseContact,
    onSuccess: (_, id) => invalidateAfterDelete(queryClient, contactsKeys.all, contactsKeys.detail(id), contactActivitiesKeys.of(id)),
  });
}
