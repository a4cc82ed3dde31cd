import { NotFoundPanel } from '../../../lib/ui/not-found-panel';

/** A contact that does not exist, or that is not yours to see: the same answer, on purpose. */
export function NotFoundContact() {
  return (
    <NotFoundPanel title="Contact not found" backTo="/contacts" backLabel="Back to contacts">
      It may have been deleted, or it is assigned to someone else.
    </NotFoundPanel>
  );
}
