import { useEffect } from 'react';

/**
 * Names the browser tab and the history entry, most specific part first, then "Corral":
 * `usePageTitle(contact?.fullName, 'Contacts')` gives "Ada Lovelace · Contacts · Corral", and
 * "Contacts · Corral" while the name loads (parts that are not there yet are left out).
 * Screen readers announce the title when a page opens. Call it in the page a route renders, not
 * in a layout around pages: effects run child first, so a layout's title would win.
 */
export function usePageTitle(...parts: (string | null | undefined)[]): void {
  const title = [...parts.filter(Boolean), 'Corral'].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
