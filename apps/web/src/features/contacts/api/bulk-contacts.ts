import { type components, unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { contactsKeys } from './contacts-keys';
import type { ContactStatus } from './types';

/** The list's filters as the API takes them: a bulk action by filter acts on every contact they match. */
export type ContactFilter = components['schemas']['ContactFilterDto'];

/** The contacts of a bulk action: a selection, or every contact the list's filters match. */
export type BulkTarget = { contactIds: string[] } | { filter: ContactFilter };

export function bulkAddTags(body: BulkTarget & { tags: string[] }) {
  return unwrap(api.POST('/api/contacts/bulk/tags', { body }));
}

export function bulkAssign(body: BulkTarget & { assignedToId: string | null }) {
  return unwrap(api.POST('/api/contacts/bulk/assign', { body }));
}

export function bulkSetStatus(body: BulkTarget & { status: ContactStatus }) {
  return unwrap(api.POST('/api/contacts/bulk/status', { body }));
}

export function bulkDelete(body: BulkTarget) {
  return unwrap(api.POST('/api/contacts/bulk/delete', { body }));
}

function useBulkMutation<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsKeys.all }) });
}

export const useBulkAddTags = () => useBulkMutation(bulkAddTags);
export const useBulkAssign = () => useBulkMutation(bulkAssign);
export const useBulkSetStatus = () => useBulkMutation(bulkSetStatus);
export const useBulkDelete = () => useBulkMutation(bulkDelete);
