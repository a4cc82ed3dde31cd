import { DeleteButton } from '../../../lib/ui/delete-button';
import { cannotDeleteReason, useDeleteCampaign } from '../api/delete-campaign';
import type { Campaign } from '../api/get-campaigns';

/** Deletes the campaign after confirmation; `onDeleted` leaves the page. */
export function DeleteCampaignButton({ campaign, onDeleted }: { campaign: Campaign; onDeleted(): void }) {
  const remove = useDeleteCampaign();
  return (
    <DeleteButton
      name={campaign.name}
      kind="campaign"
      consequence={
        campaign.status === 'draft'
          ? 'The draft is deleted. This cannot be undone.'
          : 'Its report and the record of every email it sent are deleted too. This cannot be undone.'
      }
      disabledReason={cannotDeleteReason(campaign) ?? undefined}
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(campaign.id, { onSuccess: onDeleted })}
      onReset={remove.reset}
    />
  );
}
