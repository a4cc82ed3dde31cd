import { unwrap } from '@corral/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { authorizedFetch, readJson } from './authorized-fetch';
import { contactsKeys } from './contacts-keys';
import type { ImportPreview, ImportTarget, ValueMapping } from './types';

function postForm<T>(path: string, form: () => FormData): Promise<T> {
  return authorizedFetch(path, { method: 'POST', body: form }).then((response) => readJson<T>(response));
}

export type ColumnMapping = Record<string, ImportTarget | ''>;

/**
 * The whole file goes to the preview: besides the first rows it reports each column's values and
 * how many rows would start each active workflow, which only the whole file can tell.
 */
export function previewImport(file: File, mapping?: ColumnMapping, onDuplicate?: 'skip' | 'update') {
  return postForm<ImportPreview>('/api/contacts/import/preview', () => {
    const form = new FormData();
    if (mapping) form.append('mapping', JSON.stringify(mapping));
    if (onDuplicate) form.append('onDuplicate', onDuplicate);
    form.append('file', file, file.name);
    return form;
  });
}

export interface StartImportInput {
  file: File;
  onDuplicate: 'skip' | 'update';
  mapping: ColumnMapping;
  valueMapping: ValueMapping;
  runWorkflows: boolean;
}

export function startImport({ file, onDuplicate, mapping, valueMapping, runWorkflows }: StartImportInput) {
  return postForm<{ id: string }>('/api/contacts/import', () => {
    const form = new FormData();
    form.append('onDuplicate', onDuplicate);
    form.append('mapping', JSON.stringify(mapping));
    form.append('valueMapping', JSON.stringify(valueMapping));
    form.append('runWorkflows', String(runWorkflows));
    form.append('file', file, file.name);
    return form;
  });
}

export function usePreviewImport() {
  return useMutation({ mutationFn: (file: File) => previewImport(file) });
}

/**
 * The workflows an import would start under a changed column mapping, or when it updates existing
 * contacts (the first preview counted them under the detected mapping, skipping duplicates): the
 * file is read again with both.
 */
export function useRemappedPreview(file: File, mapping: ColumnMapping, onDuplicate: 'skip' | 'update', enabled: boolean) {
  const key = JSON.stringify(mapping);
  return useQuery({
    queryKey: ['import-preview', file.name, file.size, file.lastModified, key, onDuplicate],
    queryFn: () => previewImport(file, mapping, onDuplicate),
    enabled,
    staleTime: Infinity,
  });
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
