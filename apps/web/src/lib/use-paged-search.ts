import { useState } from 'react';
import { useDebouncedValue } from './use-debounced-value';

/**
 * The state of a searchable, paged list: what is typed, what was last searched for (debounced,
 * trimmed) and the page, which goes back to the first whenever the search changes.
 */
export function usePagedSearch(delayMs?: number) {
  const [search, setSearchValue] = useState('');
  const [page, setPage] = useState(0);
  const debouncedSearch = useDebouncedValue(search.trim(), delayMs);

  function setSearch(value: string) {
    setSearchValue(value);
    setPage(0);
  }

  return { search, setSearch, debouncedSearch, page, setPage };
}
