import { unwrap } from '@corral/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { authorizedFetch, readJson } from './authorized-fetch';
import { contactsKeys } from './contacts-keys';
import type { ImportField, ImportPreview } from './types';

/** The preview reads only the start of the file: enough for the header and the first rows. */
const PREVIEW_BYTES = 64 * 1024;

function postForm<T>(path: string, form: () => FormData): Promise<T> {
  return authorizedFetch(path, { method: 'POST', body: form }).then((response) => readJson<T>(response));
}

export function previewImport(file: File) {
  return postForm<ImportPreview>('/api/contacts/import/preview', () => {
    const form = new FormData();
    form.append('file', file.slice(0, PREVIEW_BYTES, file.type || 'text/csv'), file.name);
    return form;
  });
}

export interface StartImportInput {
  file: File;
  onDuplicate: 'skip' | 'update';
  mapping: Record<string, ImportField | ''>;
}

export function startImport({ file, onDuplicate, mapping }: StartImportInput) {
  return postForm<{ id: string }>('/api/contacts/import', () => {
    const form = new FormData();
    form.append('onDuplicate', onDuplicate);
    form.append('mapping', JSON.stringify(mapping));
    form.append('file', file, file.name);
    return form;
  });
}

export function usePreviewImport() {
  return useMutation({ mutationFn: previewImport });
}

export function useStartImport() {
  return useMutation({ mutationFn: startImport });
}

/** Polls the import every half second until it has finished, then refreshes the contact lists. */
export function useImportStatus(id: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: contactsKeys.import(id ?? ''),
    queryFn: async () => {
      const status = await unwrap(api.GET('/api/contacts/imports/{id}', { params: { path: { id: id ?? '' } } }));
      if (status.status === 'completed' || status.status === 'failed') await queryClient.invalidateQueries({ queryKey: ['contacts', 'list'] });
      return status;
    },
    enabled: Boolean(id),
    refetchInterval: (query) => (query.state.data && ['completed', 'failed'].includes(query.state.data.status) ? false : 500),
  });
}
