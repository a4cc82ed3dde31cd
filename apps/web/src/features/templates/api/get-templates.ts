import { type components, unwrap } from '@corral/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { templatesKeys } from './templates-keys';

/** A row of the templates list: no bodies. */
export type TemplateSummary = components['schemas']['TemplateSummaryDto'];

export interface TemplatesQuery {
  search?: string;
  limit: number;
  offset: number;
}

export function getTemplates(query: TemplatesQuery) {
  return unwrap(api.GET('/api/templates', { params: { query: { ...query, sort: '-updatedAt' } } }));
}

export function templatesQueryOptions(query: TemplatesQuery) {
  return queryOptions({ queryKey: templatesKeys.list(query), queryFn: () => getTemplates(query), placeholderData: keepPreviousData });
}

export function useTemplates(query: TemplatesQuery) {
  return useQuery(templatesQueryOptions(query));
}
