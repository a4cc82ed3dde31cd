import { DeleteButton } from '../../../lib/ui/delete-button';
import { cannotDeleteReason, deleteConsequence, useDeleteCampaign } from '../api/delete-campaign';
import type { Campaign } from '../api/get-campaigns';

/** Deletes the campaign after confirmation; `onDeleted` leaves the page. */
export function DeleteCampaignButton({ campaign, onDeleted }: { campaign: Campaign; onDeleted(): void }) {
  const remove = useDeleteCampaign();
  return (
    <DeleteButton item={campaign} noun="campaign" remove={remove} disabledReason={cannotDeleteReason(campaign) ?? undefined} onDeleted={onDeleted}>
      {deleteConsequence(campaign)}
    </DeleteButton>
  );
}
