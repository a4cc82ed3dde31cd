import { ApiProperty } from '@nestjs/swagger';
import { WorkflowStatsDto } from '../../automations/dto/workflow-stats.dto';

/** Contacts per status; every status is present, zero when none. */
export class ContactsByStatusDto {
  @ApiProperty({ type: 'integer' })
  lead: number;
  @ApiProperty({ type: 'integer' })
  prospect: number;
  @ApiProperty({ type: 'integer' })
  customer: number;
  @ApiProperty({ type: 'integer' })
  archived: number;
}

export class DashboardContactsDto {
  /** Visible contacts, whatever their status. */
  @ApiProperty({ type: 'integer' })
  total: number;
  @ApiProperty({ type: ContactsByStatusDto })
  byStatus: ContactsByStatusDto;
  /** All companies for managers and admins; for a member, the companies of their contacts. */
  @ApiProperty({ type: 'integer' })
  companies: number;
  /** Visible contacts created in the range (this month by default). */
  @ApiProperty({ type: 'integer' })
  newThisMonth: number;
}

export class DashboardDealsDto {
  /** Deals with status open. */
  @ApiProperty({ type: 'integer' })
  open: number;
  /** Sum of the values of open deals. */
  @ApiProperty({ example: 125000.5 })
  pipelineValue: number;
  /** Mean value of the deals won in the range; 0 when none was won. */
  @ApiProperty({ example: 12500 })
  averageDealSize: number;
  /** Won ÷ (won + lost) among the deals closed in the range, a fraction from 0 to 1 (four decimals); 0 when none closed. */
  @ApiProperty({ minimum: 0, maximum: 1, example: 0.4 })
  winRate: number;
}

export class TopCampaignDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty({ enum: ['draft', 'scheduled', 'sending', 'sent', 'paused', 'cancelled'] })
  status: string;
  /** Emails of this campaign sent in the range (a member: to their contacts). */
  @ApiProperty({ type: 'integer' })
  sent: number;
  /** Of those, how many have been opened (unique email logs). */
  @ApiProperty({ type: 'integer' })
  opened: number;
  /** Of those, how many have had a link clicked (unique email logs). */
  @ApiProperty({ type: 'integer' })
  clicked: number;
  @ApiProperty({ minimum: 0, maximum: 1 })
  openRate: number;
  @ApiProperty({ minimum: 0, maximum: 1 })
  clickRate: number;
}

export class DashboardEmailsDto {
  /** Emails sent in the range (this month by default), campaign and workflow emails alike; a member counts those to their contacts. */
  @ApiProperty({ type: 'integer' })
  sentThisMonth: number;
  /** Campaigns that sent at least one email in the range. */
  @ApiProperty({ type: 'integer' })
  campaigns: number;
  /** Mean of those campaigns' open rates (opened ÷ sent, four decimals), 0 when nothing was sent. */
  @ApiProperty({ minimum: 0, maximum: 1 })
  averageOpenRate: number;
  /** Mean of those campaigns' click rates (clicked ÷ sent, four decimals), 0 when nothing was sent. */
  @ApiProperty({ minimum: 0, maximum: 1 })
  averageClickRate: number;
  /** Up to five campaigns with the best open rate in the range (ties: more emails sent first). */
  @ApiProperty({ type: [TopCampaignDto] })
  topCampaigns: TopCampaignDto[];
}

/** `GET /api/dashboard`, read by the SPA's dashboard and by integrators: extend it only by adding (docs/architecture.md, "The REST contract"). */
export class DashboardDto {
  @ApiProperty({ type: DashboardContactsDto })
  contacts: DashboardContactsDto;
  @ApiProperty({ type: DashboardDealsDto })
  deals: DashboardDealsDto;
  @ApiProperty({ type: DashboardEmailsDto })
  emails: DashboardEmailsDto;
  /** From the automations module; counts cover all time, recentActivity is the latest steps run. */
  @ApiProperty({ type: WorkflowStatsDto })
  workflows: WorkflowStatsDto;
}
