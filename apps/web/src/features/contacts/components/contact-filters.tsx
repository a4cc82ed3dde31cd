import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { type CompanyOption, CompanyPicker } from '../../../lib/ui/entity-pickers';
import { useTagCounts } from '../api/contact-tags';
import { useActiveUserOptions } from '../../../lib/lookups';
import { CONTACT_STATUSES, contactStatusLabel } from '../../../lib/contact-statuses';
import type { ContactStatus } from '../api/types';
import { ownerOptions } from '../../../lib/ui/owner-options';
import { SearchField } from '../../../lib/ui/search-field';

export interface ContactFilterValues {
  search: string;
  status: ContactStatus[];
  tag: string | null;
  company: CompanyOption | null;
  /** A user id, `none` for unassigned, or '' for anyone. */
  owner: string;
}

interface ContactFiltersProps {
  values: ContactFilterValues;
  onChange(changes: Partial<ContactFilterValues>): void;
  canFilterByOwner: boolean;
}

/** Quick search, status chips, and tag, company and owner filters; every change goes to the server. */
export function ContactFilters({ values, onChange, canFilterByOwner }: ContactFiltersProps) {
  const tags = useTagCounts();
  const owners = useActiveUserOptions(canFilterByOwner);
  const toggleStatus = (status: ContactStatus) =>
    onChange({ status: values.status.includes(status) ? values.status.filter((s) => s !== status) : [...values.status, status] });

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, p: 2, borderBottom: 1, borderColor: 'divider' }}>
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
        <SearchField
          size="small"
          label="Search contacts"
          placeholder="Search name or email"
          value={values.search}
          onChange={(search) => onChange({ search })}
          sx={{ flex: '1 1 240px', maxWidth: { md: 320 } }}
        />
        <Autocomplete
          size="small"
          options={(tags.data ?? []).map((t) => t.tag)}
          value={values.tag}
          onChange={(_, tag) => onChange({ tag })}
          renderOption={(props, option) => {
            const { key, ...rest } = props;
            return (
              <li key={key} {...rest}>
                <Box sx={{ flexGrow: 1 }}>{option}</Box>
                <Box component="span" sx={{ color: 'text.secondary', fontSize: '0.75rem' }}>
                  {tags.data?.find((t) => t.tag === option)?.count}
                </Box>
              </li>
            );
          }}
          renderInput={(params) => <TextField {...params} label="Tag" />}
          sx={{ flex: '0 1 180px', minWidth: 150 }}
        />
        <Box sx={{ flex: '0 1 220px', minWidth: 180 }}>
          <CompanyPicker size="small" value={values.company} onChange={(company) => onChange({ company })} />
        </Box>
        {canFilterByOwner && (
          <TextField select size="small" label="Owner" value={values.owner} onChange={(e) => onChange({ owner: e.target.value })} sx={{ flex: '0 1 180px', minWidth: 150 }}>
            <MenuItem value="">Anyone</MenuItem>
            {ownerOptions(owners.data, 'none')}
          </TextField>
        )}
      </Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }} role="group" aria-label="Filter by status">
        {CONTACT_STATUSES.map((status) => {
          const on = values.status.includes(status);
          return (
            <Chip
              key={status}
              label={contactStatusLabel(status)}
              clickable
              color={on ? 'primary' : 'default'}
              variant={on ? 'filled' : 'outlined'}
              onClick={() => toggleStatus(status)}
              aria-pressed={on}
              size="small"
              sx={{ borderRadius: 1.5, fontWeight: 600, ...(on ? {} : { borderColor: 'grey.300', color: 'grey.700' }) }}
            />
          );
        })}
        {(values.status.length > 0 || values.tag || values.company || values.owner || values.search) && (
          <Chip
            label="Clear filters"
            size="small"
            variant="outlined"
            onClick={() => onChange({ search: '', status: [], tag: null, company: null, owner: '' })}
            sx={{ borderRadius: 1.5, borderStyle: 'dashed', color: 'text.secondary' }}
          />
        )}
      </Box>
    </Box>
  );
}
