import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitForElementToBeRemoved } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { FakeApi } from '../../../testing/fake-api';
import { type CompanyOption, CompanyPicker, type ContactOption, ContactPicker } from '../entity-pickers';

const ACME = { id: '30000000-0000-4000-8000-000000000001', name: 'Acme Corp', domain: null, industry: null, size: null };
const GLOBEX = { id: '30000000-0000-4000-8000-000000000002', name: 'Globex', domain: null, industry: null, size: null };
const ZOE = { id: '20000000-0000-4000-8000-000000000001', firstName: 'Zoë', lastName: 'Quinn', fullName: 'Zoë Quinn', email: 'zoe@example.com', company: { id: ACME.id, name: ACME.name } };

function page<T>(data: T[]) {
  return { status: 200, body: { data, total: data.length, limit: 20, offset: 0, totalIsEstimate: false } };
}

/** The picker with its value held the way a form holds it, and every change recorded. */
function renderPicker(picker: 'company' | 'contact', api: FakeApi) {
  globalThis.fetch = api.fetch as typeof fetch;
  const changes: unknown[] = [];
  function Harness() {
    const [company, setCompany] = useState<CompanyOption | null>(null);
    const [contact, setContact] = useState<ContactOption | null>(null);
    return picker === 'company' ? (
      <CompanyPicker value={company} onChange={(next) => (changes.push(next), setCompany(next))} />
    ) : (
      <ContactPicker value={contact} onChange={(next) => (changes.push(next), setContact(next))} />
    );
  }
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <Harness />
    </QueryClientProvider>,
  );
  return { user: userEvent.setup({ delay: null }), changes };
}

describe('entity pickers', () => {
  it('searches companies as you type and hands back the chosen one', async () => {
    const api = new FakeApi({
      'GET /api/companies': (req) => {
        const search = req.url.searchParams.get('search');
        return page(search === null ? [ACME, GLOBEX] : [ACME, GLOBEX].filter((c) => c.name.toLowerCase().includes(search.toLowerCase())));
      },
    });
    const { user, changes } = renderPicker('company', api);

    const input = screen.getByRole('combobox', { name: 'Company' });
    await user.click(input);
    expect(await screen.findByRole('option', { name: 'Acme Corp' })).toBeInTheDocument();
    await user.type(input, 'glo');
    await waitForElementToBeRemoved(() => screen.queryByRole('option', { name: 'Acme Corp' }));
    expect(screen.getByRole('option', { name: 'Globex' })).toBeInTheDocument();
    // One request per pause in typing, not one per key.
    expect(api.callsTo('GET /api/companies').map((c) => c.url.searchParams.get('search'))).toEqual([null, 'glo']);

    await user.click(screen.getByRole('option', { name: 'Globex' }));
    expect(changes).toEqual([{ id: GLOBEX.id, name: 'Globex' }]);
    expect(input).toHaveValue('Globex');
    // The chosen name in the box is not a new search. The wait outlasts the debounce, whose timer updates the picker: inside act().
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(api.callsTo('GET /api/companies').map((c) => c.url.searchParams.get('search'))).not.toContain('Globex');
  });

  it('says when no company matches', async () => {
    const api = new FakeApi({ 'GET /api/companies': (req) => page(req.url.searchParams.get('search') ? [] : [ACME]) });
    const { user } = renderPicker('company', api);

    await user.type(screen.getByRole('combobox', { name: 'Company' }), 'zzz');
    expect(await screen.findByText('No company matches')).toBeInTheDocument();
  });

  it('shows each contact with email and company, and hands back the chosen contact', async () => {
    const api = new FakeApi({ 'GET /api/contacts': (req) => page(req.url.searchParams.get('search') === 'zo' ? [ZOE] : []) });
    const { user, changes } = renderPicker('contact', api);

    await user.type(screen.getByRole('combobox', { name: 'Contact' }), 'zo');
    const option = await screen.findByRole('option', { name: /Zoë Quinn/ });
    expect(option).toHaveTextContent('zoe@example.com · Acme Corp');

    await user.click(option);
    expect(changes).toEqual([{ id: ZOE.id, name: 'Zoë Quinn', email: 'zoe@example.com', company: { id: ACME.id, name: 'Acme Corp' } }]);
  });
});
