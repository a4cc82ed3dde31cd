import ViewKanbanOutlined from '@mui/icons-material/ViewKanbanOutlined';
import Chip from '@mui/material/Chip';
import { useContactDeals } from '../api/related';
import { RelatedRow, RelatedSection } from './related-section';

function money(value: number | string | null | undefined, currency: string | null | undefined): string {
  const amount = Number(value ?? 0);
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency || 'USD', maximumFractionDigits: 0 }).format(amount);
  } catch {
    return amount.toLocaleString();
  }
}

/** The contact's deals (GET /api/deals?contactId=…), once the deals module is installed. */
export function ContactDealsSection({ contactId }: { contactId: string }) {
  return (
    <RelatedSection
      title="Deals"
      icon={<ViewKanbanOutlined fontSize="small" />}
      query={useContactDeals(contactId)}
      empty="No deals with this contact yet."
    >
      {(deals) =>
        deals.map((deal) => (
          <RelatedRow
            key={deal.id}
            primary={deal.title}
            secondary={[money(deal.value, deal.currency), deal.stage?.name].filter(Boolean).join(' · ')}
            trailing={deal.status && <Chip size="small" label={deal.status} sx={{ textTransform: 'capitalize', borderRadius: 1.5 }} />}
          />
        ))
      }
    </RelatedSection>
  );
}
