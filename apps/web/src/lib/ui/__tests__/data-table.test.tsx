import { ApiError } from '@corral/api-client';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { type DataColumn, DataTable, type PagedQuery } from '../data-table';

interface Fruit {
  id: string;
  name: string;
  stock: number;
}

const FRUITS: Fruit[] = Array.from({ length: 60 }, (_, i) => ({ id: `f-${i + 1}`, name: `Fruit ${i + 1}`, stock: i }));
const COLUMNS: DataColumn<Fruit>[] = [
  { id: 'name', header: 'Name', cell: (fruit) => fruit.name, sort: { field: 'name' } },
  { id: 'stock', header: 'Stock', align: 'right', cell: (fruit) => fruit.stock, sort: { field: 'stock', first: 'desc' } },
];

/** A react-query result in one of its states, as DataTable reads it. */
function query(state: Partial<PagedQuery<Fruit>> = {}): PagedQuery<Fruit> {
  return { data: undefined, error: null, isPending: false, isError: false, isPlaceholderData: false, refetch: jest.fn(), ...state };
}

function loaded(rows: Fruit[], total = rows.length) {
  return query({ data: { data: rows, total } });
}

type Props = Partial<Parameters<typeof DataTable<Fruit>>[0]>;

function renderTable(props: Props = {}) {
  const onPageChange = jest.fn();
  const view = render(
    <DataTable label="Fruit" columns={COLUMNS} query={loaded(FRUITS.slice(0, 3))} rowKey={(f) => f.id} empty="No fruit yet." page={0} pageSize={25} onPageChange={onPageChange} {...props} />,
  );
  return { ...view, onPageChange, user: userEvent.setup({ delay: null }) };
}

/** The table of a server that holds FRUITS, paged by 25, driven like a list page drives it. */
function PagedFruit() {
  const [page, setPage] = useState(0);
  return <DataTable label="Fruit" columns={COLUMNS} query={loaded(FRUITS.slice(page * 25, page * 25 + 25), FRUITS.length)} rowKey={(f) => f.id} empty="No fruit yet." page={page} pageSize={25} onPageChange={setPage} />;
}

const bodyRows = () => within(screen.getByRole('table', { name: 'Fruit' })).getAllByRole('row').slice(1);

describe('DataTable', () => {
  it('shows one row per item under the column headers', () => {
    renderTable();
    const table = screen.getByRole('table', { name: 'Fruit' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Name', 'Stock']);
    expect(bodyRows().map((row) => within(row).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['Fruit 1', '0'],
      ['Fruit 2', '1'],
      ['Fruit 3', '2'],
    ]);
    expect(screen.queryByText('No fruit yet.')).not.toBeInTheDocument();
  });

  it('shows placeholder rows, and neither the empty message nor a pager, while the first page loads', () => {
    renderTable({ query: query({ isPending: true }), loadingRows: 4 });
    expect(bodyRows()).toHaveLength(4);
    expect(screen.queryByText('No fruit yet.')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Go to next page' })).not.toBeInTheDocument();
  });

  it('says so when the page is empty', () => {
    renderTable({ query: loaded([]) });
    expect(screen.getByRole('cell', { name: 'No fruit yet.' })).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(1);
  });

  it('shows why loading failed, not the empty message, and retries on request', async () => {
    const failed = query({ isError: true, error: new ApiError(403, { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Only admins see fruit' }) });
    const { user } = renderTable({ query: failed });

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Only admins see fruit');
    expect(screen.queryByText('No fruit yet.')).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(failed.refetch).toHaveBeenCalledTimes(1);
  });

  it('pages on the server: the footer counts the total and moves between pages', async () => {
    const user = userEvent.setup({ delay: null });
    render(<PagedFruit />);

    expect(screen.getByText('1–25 of 60')).toBeInTheDocument();
    expect(bodyRows()[0]).toHaveTextContent('Fruit 1');
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(screen.getByText('26–50 of 60')).toBeInTheDocument();
    expect(bodyRows()[0]).toHaveTextContent('Fruit 26');
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(screen.getByText('51–60 of 60')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(10);
    expect(screen.getByRole('button', { name: 'Go to next page' })).toBeDisabled();
  });

  it('shows no footer when everything fits on one page, unless asked to', () => {
    const { rerender } = renderTable({ query: loaded(FRUITS.slice(0, 25)) });
    expect(screen.queryByText(/of 25/)).not.toBeInTheDocument();
    rerender(
      <DataTable label="Fruit" columns={COLUMNS} query={loaded(FRUITS.slice(0, 25))} rowKey={(f) => f.id} empty="No fruit yet." page={0} pageSize={25} onPageChange={jest.fn()} alwaysShowPagination />,
    );
    expect(screen.getByText('1–25 of 25')).toBeInTheDocument();
  });

  it('steps back to the last page when the one shown has emptied (its last row was deleted)', () => {
    const { onPageChange } = renderTable({ query: loaded([], 50), page: 2 });
    expect(onPageChange).toHaveBeenCalledWith(1);
  });

  it('sorts by a header: the active column flips, another starts in its own first direction', async () => {
    const onSortChange = jest.fn();
    const { user } = renderTable({ sort: 'name', onSortChange });

    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(onSortChange).toHaveBeenLastCalledWith('-name');
    await user.click(screen.getByRole('button', { name: 'Stock' }));
    expect(onSortChange).toHaveBeenLastCalledWith('-stock');
  });

  it('keeps clicks on row actions from opening the row', async () => {
    const onRowClick = jest.fn();
    const onAction = jest.fn();
    const { user } = renderTable({ onRowClick, rowActions: (fruit) => <button onClick={() => onAction(fruit.id)}>Eat {fruit.name}</button> });

    expect(screen.getByRole('columnheader', { name: 'Actions' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Eat Fruit 2' }));
    expect(onAction).toHaveBeenCalledWith('f-2');
    expect(onRowClick).not.toHaveBeenCalled();
    await user.click(screen.getByRole('cell', { name: 'Fruit 2' }));
    expect(onRowClick).toHaveBeenCalledWith(FRUITS[1]);
  });
});
