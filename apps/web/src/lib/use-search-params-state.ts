import { useSearchParams } from 'react-router';

/** Changes to a page's query string: a key set to null or '' leaves it. */
export type SearchParamsPatch = Record<string, string | null>;

/**
 * A list page's filters, sort and page kept in the URL, the one place they live: a filtered list
 * can be bookmarked and survives "back". `update` patches the keys given and keeps the others.
 * Empty values are dropped so defaults keep the address clean, and the history entry is replaced:
 * typing a search must not leave one entry per keystroke for "back" to walk through.
 */
export function useSearchParamsState() {
  const [params, setParams] = useSearchParams();

  function update(changes: SearchParamsPatch) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  }

  return [params, update] as const;
}
