import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertVisible } from '../../common/access/access-policy';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { SuppressionsService } from '../emails/suppressions/suppressions.service';
import { WebhookEventsService } from '../webhooks/webhook-events.service';
import { ContactDataExportDto } from './dto/contact-data-export.dto';
import { exportRow } from './export-rows';
import { ErasureCounts, PersonalDataRepository, Row } from './personal-data.repository';

/** GDPR: everything held on a person (export), and removing it (erase) so that they are never emailed again. */
@Injectable()
export class GdprService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: PersonalDataRepository,
    private readonly suppressions: SuppressionsService,
    private readonly webhooks: WebhookEventsService,
  ) {}

  /** One snapshot (REPEATABLE READ), so that the parts agree with each other however the data moves meanwhile. */
  async export(user: AuthUser, contactId: string): Promise<ContactDataExportDto> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const person = assertVisible(user, 'Contact', contactId, await this.repository.findPerson(manager, contactId));
      const r = this.repository;
      const deals = await r.deals(manager, contactId);
      const history = await r.dealStageHistory(manager, deals.map((d) => d.id as string));
      const executions = await r.workflowExecutions(manager, contactId);
      const steps = await r.workflowStepExecutions(manager, executions.map((e) => e.id as string));
      const company = await r.company(manager, contactId);
      return {
        exportedAt: new Date().toISOString(),
        contact: exportRow(await r.contact(manager, contactId)),
        company: company && exportRow(company),
        activities: (await r.activities(manager, contactId)).map(exportRow),
        deals: deals.map((d) => ({ ...exportRow(d), stageHistory: history.filter((h) => h.deal_id === d.id).map(exportRow) })),
        emailLogs: (await r.emailLogs(manager, person)).map(exportRow),
        campaignSkips: (await r.campaignSkips(manager, contactId)).map(exportRow),
        subscriptions: (await r.subscriptions(manager, contactId)).map(exportRow),
        consents: (await r.consents(manager, contactId)).map(exportRow),
        formSubmissions: (await r.formSubmissions(manager, person)).map(exportRow),
        workflowExecutions: executions.map((e) => ({ ...exportRow(e), steps: steps.filter((s) => s.execution_id === e.id).map(exportRow) })),
        importErrors: (await r.importErrors(manager, person.email)).map(exportRow),
        suppressions: (await r.suppressions(manager, person.email)).map(exportRow),
        webhookEvents: (await r.webhookEvents(manager, person)).map((e) => ({ ...exportRow(e), deliveries: (e.deliveries as Row[]).map(exportRow) })),
      };
    });
  }

  /**
   * Erases the contact in one transaction: the contact and what only describes them go, the
   * business's records stay without them (deals; email logs, which keep campaign counts), copies
   * of their data are scrubbed (import errors, webhook events waiting or kept for redelivery), and
   * the address is kept only as a hash that every send refuses. An `erasure_log` row records who
   * erased which contact id and how much, nothing personal; webhooks get `contact.deleted`.
   */
  async erase(user: AuthUser, contactId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const person = assertVisible(user, 'Contact', contactId, await this.repository.findPerson(manager, contactId, true));
      const r = this.repository;
      const cascaded = await r.cascadeCounts(manager, contactId);
      const consentFacts = (await r.consentFacts(manager, contactId)).map(exportRow);
      const logs = await r.detachEmailLogs(manager, person);
      const counts: ErasureCounts = {
        ...cascaded,
        deals: await r.unlinkDeals(manager, contactId),
        emailLogsDetached: logs.detached,
        emailLogsDropped: logs.dropped,
        campaignLinks: await r.neutraliseLinks(manager, person),
        formSubmissions: await r.deleteFormSubmissions(manager, person),
        importErrors: await r.scrubImportErrors(manager, person.email),
        suppressions: (await r.suppressions(manager, person.email)).length,
        webhookEvents: await r.deleteWebhookEvents(manager, person),
      };
      await this.suppressions.recordErasure(manager, person.email);
      await r.deleteContact(manager, contactId);
      // Receivers learn of it as of any deletion, so that they can erase their copy too.
      await this.webhooks.publish(manager, [{ type: 'contact.deleted', data: { id: contactId } }]);
      await r.recordErasure(manager, { contactId, erasedById: user.id, removed: { ...counts, consentFacts } });
    });
  }
}
