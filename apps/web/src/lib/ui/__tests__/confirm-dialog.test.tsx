import { ApiError } from '@corral/api-client';
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { render, screen, waitFor, waitForElementToBeRemoved, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ConfirmDeleteDialog } from '../confirm-dialog';
import type { Notice } from '../notice-snackbar';

const apple = { id: 'f-1', name: 'Apple' };

/** A delete call the test settles by hand, to look at the dialog while it runs. */
function deferredDelete() {
  let settle: { resolve(): void; reject(error: unknown): void } = { resolve: () => undefined, reject: () => undefined };
  const remove = jest.fn(
    () =>
      new Promise<void>((resolve, reject) => {
        settle = { resolve, reject };
      }),
  );
  return { remove, resolve: () => settle.resolve(), reject: (error: unknown) => settle.reject(error) };
}

function FruitRow({ remove, onDeleted }: { remove(id: string): Promise<void>; onDeleted(notice: Exclude<Notice, null>): void }) {
  const [deleting, setDeleting] = useState<typeof apple | null>(null);
  const mutation = useMutation({ mutationFn: remove });
  return (
    <>
      <button onClick={() => setDeleting(apple)}>Delete Apple</button>
      <ConfirmDeleteDialog item={deleting} noun="fruit" remove={mutation} onClose={() => setDeleting(null)} onDeleted={onDeleted}>
        {(fruit) => `${fruit.name} leaves the basket. This cannot be undone.`}
      </ConfirmDeleteDialog>
    </>
  );
}

function renderRow() {
  const call = deferredDelete();
  const onDeleted = jest.fn();
  const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <FruitRow remove={call.remove} onDeleted={onDeleted} />
    </QueryClientProvider>,
  );
  return { ...call, onDeleted, user: userEvent.setup({ delay: null }) };
}

describe('ConfirmDeleteDialog', () => {
  it('names the item, is busy while the delete runs, then closes and reports it', async () => {
    const { remove, resolve, onDeleted, user } = renderRow();

    await user.click(screen.getByRole('button', { name: 'Delete Apple' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Apple”?' });
    expect(dialog).toHaveTextContent('Apple leaves the basket. This cannot be undone.');
    expect(remove).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Delete fruit' }));
    expect(remove).toHaveBeenCalledWith('f-1', expect.anything());
    // While the call runs nothing can start it twice or walk away from it.
    await waitFor(() => expect(within(dialog).getByRole('button', { name: /Delete fruit/ })).toBeDisabled());
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled();
    // A click beside the dialog (its container, around the paper) is how a user dismisses it.
    await user.click(dialog.parentElement as HTMLElement);
    expect(screen.getByRole('dialog', { name: 'Delete “Apple”?' })).toBeVisible();

    resolve();
    await waitForElementToBeRemoved(() => screen.queryByRole('dialog'));
    expect(onDeleted).toHaveBeenCalledWith({ severity: 'success', message: '“Apple” was deleted.' });
    expect(remove).toHaveBeenCalledTimes(1);
  });

  it('shows the API refusal inside the dialog, stays open, and forgets it once closed', async () => {
    const { reject, onDeleted, user } = renderRow();

    await user.click(screen.getByRole('button', { name: 'Delete Apple' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Apple”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete fruit' }));
    reject(new ApiError(409, { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Apple is in a pie; take it out first' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Apple is in a pie; take it out first');
    expect(within(dialog).getByRole('button', { name: 'Delete fruit' })).toBeEnabled();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeEnabled();
    expect(onDeleted).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitForElementToBeRemoved(dialog);
    await user.click(screen.getByRole('button', { name: 'Delete Apple' }));
    const again = await screen.findByRole('dialog', { name: 'Delete “Apple”?' });
    expect(within(again).queryByRole('alert')).not.toBeInTheDocument();
  });
});
