import { type components, unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contactActivitiesKeys } from '../../../lib/activities';
import { api } from '../../../lib/api';

export type ActivityInput = components['schemas']['CreateActivityDto'];

export function createActivity({ id, body }: { id: string; body: ActivityInput }) {
  return unwrap(api.POST('/api/contacts/{id}/activities', { params: { path: { id } }, body }));
}

export function useCreateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createActivity,
    onSuccess: (activity) => queryClient.invalidateQueries({ queryKey: contactActivitiesKeys.of(activity.contactId) }),
  });
}
