import { unwrap } from '@corral/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api';
import type { FieldDefinition, FieldObjectType } from './field-types';

/** Query keys of field definitions; a change to a field invalidates `fieldsKeys.all`. */
export const fieldsKeys = {
  all: ['fields'] as const,
  list: (objectType: FieldObjectType) => ['fields', objectType] as const,
};

export function getFieldDefinitions(objectType: FieldObjectType): Promise<FieldDefinition[]> {
  return unwrap(api.GET('/api/fields', { params: { query: { objectType } } }));
}

export function fieldDefinitionsQueryOptions(objectType: FieldObjectType) {
  // Definitions change rarely and every record page asks for them: a minute without refetching.
  return queryOptions({ queryKey: fieldsKeys.list(objectType), queryFn: () => getFieldDefinitions(objectType), staleTime: 60_000 });
}

/** The object type's field definitions, ordered by position (the API's order). */
export function useFieldDefinitions(objectType: FieldObjectType) {
  return useQuery(fieldDefinitionsQueryOptions(objectType));
}
