import type { ContactsQuery } from './get-contacts';

/** Query keys of the contacts feature; a contact change invalidates `contactsKeys.all`. */
export const contactsKeys = {
  all: ['contacts'] as const,
  list: (query: ContactsQuery) => ['contacts', 'list', query] as const,
  detail: (id: string) => ['contacts', 'detail', id] as const,
  tags: (search: string) => ['contacts', 'tags', search] as const,
  import: (id: string) => ['contacts', 'import', id] as const,
};
