import type { QueryClient } from '@tanstack/react-query';
import { fieldsKeys } from './use-field-definitions';

/**
 * After a field changes: the definitions, and the template editor's merge-tag list, which
 * names every field (`{{contact.custom.<key>}}`) and is otherwise kept for the whole session.
 * Its key is spelled out: lib does not import features.
 */
export function invalidateFieldUsers(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([queryClient.invalidateQueries({ queryKey: fieldsKeys.all }), queryClient.invalidateQueries({ queryKey: ['templates', 'merge-tags'] })]);
}
