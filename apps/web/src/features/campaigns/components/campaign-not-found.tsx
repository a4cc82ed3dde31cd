import { NotFoundPanel } from '../../../lib/ui/not-found-panel';

/** A campaign address that leads nowhere (deleted, or mistyped): the builder and the report say the same. */
export function CampaignNotFound() {
  return (
    <NotFoundPanel title="Campaign not found" backTo="/campaigns" backLabel="Back to campaigns">
      It may have been deleted.
    </NotFoundPanel>
  );
}
