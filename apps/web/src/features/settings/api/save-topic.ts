import { type components, unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { topicsKeys } from '../../../lib/topics/use-topics';

export type TopicInput = components['schemas']['CreateTopicDto'];

export function createTopic(body: TopicInput) {
  return unwrap(api.POST('/api/topics', { body }));
}

export function updateTopic({ id, changes }: { id: string; changes: components['schemas']['UpdateTopicDto'] }) {
  return unwrap(api.PATCH('/api/topics/{id}', { params: { path: { id } }, body: changes }));
}

export function deleteTopic(id: string) {
  return unwrap(api.DELETE('/api/topics/{id}', { params: { path: { id } } }));
}

export function useCreateTopic() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createTopic, onSuccess: () => queryClient.invalidateQueries({ queryKey: topicsKeys.all }) });
}

export function useUpdateTopic() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateTopic, onSuccess: () => queryClient.invalidateQueries({ queryKey: topicsKeys.all }) });
}

export function useDeleteTopic() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteTopic, onSuccess: () => queryClient.invalidateQueries({ queryKey: topicsKeys.all }) });
}
