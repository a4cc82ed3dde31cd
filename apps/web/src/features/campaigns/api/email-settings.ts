import { type components, unwrap } from '@corral/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { campaignsKeys } from './campaigns-keys';

export type UpdateEmailSettingsInput = components['schemas']['UpdateEmailSettingsDto'];

export function getEmailSettings() {
  return unwrap(api.GET('/api/settings/email'));
}

export function updateEmailSettings(body: UpdateEmailSettingsInput) {
  return unwrap(api.PATCH('/api/settings/email', { body }));
}

export function useEmailSettings() {
  return useQuery({ queryKey: campaignsKeys.emailSettings, queryFn: getEmailSettings });
}

export function useUpdateEmailSettings() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateEmailSettings, onSuccess: (saved) => queryClient.setQueryData(campaignsKeys.emailSettings, saved) });
}
