import { type components, unwrap } from '@corral/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { templatesKeys } from './templates-keys';

export type Template = components['schemas']['TemplateDto'];

export function getTemplate(id: string) {
  return unwrap(api.GET('/api/templates/{id}', { params: { path: { id } } }));
}

export function useTemplate(id: string | undefined) {
  return useQuery({ queryKey: templatesKeys.detail(id ?? ''), queryFn: () => getTemplate(id!), enabled: Boolean(id) });
}
