import { ApiError, unwrap } from '@corral/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { AsyncPicker, type AsyncPickerProps } from './async-picker';

export interface CompanyOption {
  id: string;
  name: string;
}

export interface ContactOption {
  id: string;
  name: string;
  email: string;
  company: CompanyOption | null;
}

type EntityPickerProps<T extends { id: string }> = Pick<AsyncPickerProps<T>, 'value' | 'onChange' | 'error' | 'helperText' | 'placeholder' | 'size' | 'autoFocus' | 'sx'> & {
  label?: string;
};

/*
 * The option keys start with the owning feature's root key ('companies', 'contacts'), so the
 * invalidation those features already do after a change refreshes the pickers too.
 */

function companyQuery(search: string) {
  return {
    queryKey: ['companies', 'options', search],
    queryFn: async (): Promise<CompanyOption[]> => {
      const page = await unwrap(api.GET('/api/companies', { params: { query: { limit: 20, sort: 'name', ...(search && { search }) } } }));
      return page.data.map((c) => ({ id: c.id, name: c.name }));
    },
  };
}

/** Contacts this user may see (a member: their own), matching name or email; also for pickers of several contacts. */
export function contactQuery(search: string) {
  return {
    queryKey: ['contacts', 'options', search],
    queryFn: async (): Promise<ContactOption[]> => {
      const page = await unwrap(api.GET('/api/contacts', { params: { query: { limit: 20, sort: 'lastName', ...(search && { search }) } } }));
      return page.data.map((c) => ({ id: c.id, name: c.fullName, email: c.email, company: c.company }));
    },
  };
}

const contactLabel = (c: ContactOption) => c.name || c.email;

/** Searches companies by name as you type. */
export function CompanyPicker({ label = 'Company', ...props }: EntityPickerProps<CompanyOption>) {
  return <AsyncPicker {...props} label={label} query={companyQuery} getOptionLabel={(c) => c.name} emptyText={['No companies yet', 'No company matches']} />;
}

/** Searches contacts by name or email as you type; each option shows the email and company. */
export function ContactPicker({ label = 'Contact', ...props }: EntityPickerProps<ContactOption>) {
  return (
    <AsyncPicker
      {...props}
      label={label}
      query={contactQuery}
      getOptionLabel={contactLabel}
      describe={(c) => (c.company ? `${c.email} · ${c.company.name}` : c.email)}
      emptyText={['No contacts yet', 'No contact matches']}
    />
  );
}

/**
 * The picker value for a stored company id (e.g. a saved filter keeps only the id). A company
 * that no longer exists or is not visible resolves to `null`.
 */
export function useCompanyOption(id: string | undefined) {
  return useQuery({
    queryKey: ['companies', 'option', id ?? ''],
    queryFn: async (): Promise<CompanyOption | null> => {
      try {
        const company = await unwrap(api.GET('/api/companies/{id}', { params: { path: { id: id! } } }));
        return { id: company.id, name: company.name };
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    enabled: Boolean(id),
    staleTime: 60_000,
  });
}
