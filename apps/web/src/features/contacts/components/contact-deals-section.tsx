import ViewKanbanOutlined from '@mui/icons-material/ViewKanbanOutlined';
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';
import { formatMoney } from '../../../lib/format';
import { DealStatusChip } from '../../../lib/ui/status-chip';
import { useContactDeals } from '../api/related';
import { RelatedRow, RelatedSection } from './related-section';

/** The contact's deals (GET /api/deals?contactId=…), each a way to its deal page. */
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
            primary={
              <Link component={RouterLink} to={`/deals/${deal.id}`} underline="hover" color="inherit">
                {deal.title}
              </Link>
            }
            secondary={`${formatMoney(deal.value, deal.currency)} · ${deal.stage.name}`}
            trailing={<DealStatusChip status={deal.status} />}
          />
        ))
      }
    </RelatedSection>
  );
}
