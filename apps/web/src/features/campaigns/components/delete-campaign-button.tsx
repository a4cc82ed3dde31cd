import { DeleteButton } from '../../../lib/ui/delete-button';
import { useDeleteCampaign } from '../api/delete-campaign';
import type { Campaign } from '../api/get-campaigns';

/** The API refuses these (409); the user has to cancel the campaign first. */
const UNDELETABLE: Campaign['status'][] = ['scheduled', 'sending', 'paused'];

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
      disabledReason={UNDELETABLE.includes(campaign.status) ? `A ${campaign.status} campaign cannot be deleted; cancel it first.` : undefined}
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(campaign.id, { onSuccess: onDeleted })}
      onReset={remove.reset}
    />
  );
}
