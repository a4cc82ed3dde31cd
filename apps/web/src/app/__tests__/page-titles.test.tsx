import { waitFor } from '@testing-library/react';
import type { CompanyDetail } from '../../features/companies/api/companies';
import { makeDeal } from '../../features/deals/__tests__/deal-fixtures';
import { FakeApi, makeUser } from '../../testing/fake-api';
import { renderApp } from '../../testing/render-app';

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const ada = makeUser({ name: 'Ada Admin', role: 'admin' });

/** Only who is logged in: a page names itself before its data arrives (the rest answers 501). */
function shellApi() {
  return new FakeApi({ 'GET /api/auth/me': { status: 200, body: ada } });
}

async function expectTitle(title: string) {
  await waitFor(() => expect(document.title).toBe(title));
}

describe('page titles', () => {
  beforeEach(() => {
    document.title = '';
  });

  it.each([
    ['/dashboard', 'Dashboard · Corral'],
    ['/contacts', 'Contacts · Corral'],
    ['/contacts/import', 'Import contacts · Contacts · Corral'],
    ['/companies', 'Companies · Corral'],
    ['/deals', 'Deals · Corral'],
    ['/templates', 'Templates · Corral'],
    ['/templates/new', 'New template · Templates · Corral'],
    ['/segments', 'Segments · Corral'],
    ['/segments/new', 'New segment · Segments · Corral'],
    ['/campaigns', 'Campaigns · Corral'],
    ['/campaigns/new', 'New campaign · Campaigns · Corral'],
    ['/campaigns/suppressions', 'Suppressions · Campaigns · Corral'],
    ['/workflows', 'Workflows · Corral'],
    ['/workflows/new', 'New workflow · Workflows · Corral'],
    ['/settings', 'Users · Settings · Corral'],
    ['/settings/pipelines', 'Pipelines · Settings · Corral'],
    ['/settings/email', 'Email sending · Settings · Corral'],
    ['/no-such-page', 'Page not found · Corral'],
  ])('%s is “%s”', async (path, title) => {
    renderApp(path, { api: shellApi(), session });
    await expectTitle(title);
  });

  it.each([
    ['/login', 'Log in · Corral'],
    ['/forgot-password', 'Forgot password · Corral'],
    ['/reset-password?token=t&email=ada%40example.com', 'Reset your password · Corral'],
    ['/set-password?token=t&email=ada%40example.com', 'Set your password · Corral'],
  ])('the signed-out page %s is “%s”', async (path, title) => {
    renderApp(path, { api: new FakeApi() });
    await expectTitle(title);
  });

  it('a deal’s page leads with its title once it has loaded', async () => {
    const deal = makeDeal({ title: 'Acme renewal' });
    const api = shellApi().on(`GET /api/deals/${deal.id}`, { status: 200, body: deal });
    renderApp(`/deals/${deal.id}`, { api, session });
    await expectTitle('Acme renewal · Deals · Corral');
  });

  it('a company’s page leads with its name, and shows the section alone while it loads', async () => {
    const company: CompanyDetail = {
      id: '00000000-0000-4000-8000-00000000c001',
      name: 'Acme Corp',
      domain: 'acme.test',
      industry: null,
      size: null,
      contactCount: 0,
      customFields: {},
      createdAt: '2025-01-15T10:00:00.000Z',
      updatedAt: '2025-01-15T10:00:00.000Z',
      contactsByStatus: { lead: 0, prospect: 0, customer: 0, archived: 0 },
    };
    let answer: (value: { status: number; body: CompanyDetail }) => void = () => undefined;
    const api = shellApi().on(`GET /api/companies/${company.id}`, () => new Promise((resolve) => (answer = resolve)));
    renderApp(`/companies/${company.id}`, { api, session });
    await expectTitle('Companies · Corral');
    answer({ status: 200, body: company });
    await expectTitle('Acme Corp · Companies · Corral');
  });
});
