import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConsentContext, ConsentService } from '../../consent/consent.service';
import { SubscriptionDto } from '../../consent/dto/topic.dto';
import { SubscriptionsService } from '../../consent/subscriptions.service';
import { ActivitiesService } from '../../contacts/activities.service';
import { EmailSettings, EmailSettingsService } from '../settings/email-settings.service';
import { SuppressionsService } from '../suppressions/suppressions.service';
import { TrackingRepository } from './tracking.repository';
import { TrackingUrlsService } from './tracking-urls.service';

/** What the preference centre shows. */
export interface PreferencesView {
  email: string;
  /** The address is suppressed: no email reaches it, whatever its topics say. */
  suppressed: boolean;
  topics: SubscriptionDto[];
  sender: Pick<EmailSettings, 'fromName' | 'postalAddress'>;
  unsubscribeUrl: string;
}

/** What the preference centre's form asks for. */
export type PreferencesChoice = { kind: 'topics'; subscribed: string[] } | { kind: 'unsubscribe_all' };

/** The request's client, recorded in the consent ledger. */
export interface PreferencesClient {
  ip: string | null;
  userAgent: string | null;
}

/**
 * The preference centre behind `{{preferences_url}}`: a signed token of one email names the
 * contact; the page lists every topic with the contact's status, and saving records each change
 * (source preference_centre) with the client's address and user agent.
 */
@Injectable()
export class PreferencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly urls: TrackingUrlsService,
    private readonly repository: TrackingRepository,
    private readonly subscriptions: SubscriptionsService,
    private readonly consent: ConsentService,
    private readonly suppressions: SuppressionsService,
    private readonly activities: ActivitiesService,
    private readonly settings: EmailSettingsService,
  ) {}

  /** Null for a forged or altered token, or an email that no longer exists. */
  async view(token: string): Promise<PreferencesView | null> {
    const claims = await this.urls.verify('preferences', token);
    if (!claims) return null;
    const owner = await this.repository.findPreferencesOwner(claims.emailLogId);
    if (!owner) return null;
    const [topics, settings] = await Promise.all([this.subscriptions.statusesOf(this.dataSource.manager, owner.contactId), this.settings.get()]);
    return {
      email: owner.toEmail,
      suppressed: owner.suppressed,
      topics,
      sender: { fromName: settings.fromName, postalAddress: settings.postalAddress },
      unsubscribeUrl: await this.urls.unsubscribeUrl(claims.emailLogId),
    };
  }

  /**
   * Ticked topics become subscribed, the others unsubscribed (a topic awaiting confirmation that
   * stays ticked stays pending: only the confirmation link confirms it). "Unsubscribe from all"
   * leaves every topic and suppresses the address. Null for an invalid token; `unknownTopic`
   * when the form names a topic that does not exist.
   */
  async save(token: string, choice: PreferencesChoice, client: PreferencesClient): Promise<'saved' | 'unknownTopic' | null> {
    const claims = await this.urls.verify('preferences', token);
    if (!claims) return null;
    return this.dataSource.transaction(async (manager) => {
      const owner = await this.repository.findPreferencesOwner(claims.emailLogId, manager);
      if (!owner) return null;
      const current = await this.subscriptions.statusesOf(manager, owner.contactId);
      const context: ConsentContext = { source: 'preference_centre', ip: client.ip, userAgent: client.userAgent };
      if (choice.kind === 'topics') {
        const known = new Set(current.map((s) => s.topicId));
        const ticked = new Set(choice.subscribed.map((id) => id.toLowerCase()));
        if ([...ticked].some((id) => !known.has(id))) return 'unknownTopic';
        const changes = current
          .filter((s) => !(s.status === 'pending' && ticked.has(s.topicId)))
          .map((s) => ({ topicId: s.topicId, status: ticked.has(s.topicId) ? ('subscribed' as const) : ('unsubscribed' as const) }));
        const made = await this.subscriptions.change(manager, owner.contactId, changes, context);
        if (made.length) await this.activities.recordSystem(owner.contactId, 'Changed email preferences', describe(made, current), manager);
        return 'saved';
      }
      const made = await this.subscriptions.change(
        manager,
        owner.contactId,
        current.map((s) => ({ topicId: s.topicId, status: 'unsubscribed' as const })),
        context,
      );
      const suppressed = (await this.suppressions.suppress(owner.toEmail, 'unsubscribed', 'From the preference centre', manager)) !== null;
      if (suppressed) await this.consent.record(manager, [{ ...context, contactId: owner.contactId, action: 'unsubscribed', topicId: null }]);
      if (suppressed || made.length) {
        await this.activities.recordSystem(owner.contactId, `Unsubscribed from all emails (${owner.toEmail})`, 'Through the preference centre', manager);
      }
      return 'saved';
    });
  }
}

function describe(made: { topicId: string; status: string }[], topics: SubscriptionDto[]): string {
  const names = new Map(topics.map((t) => [t.topicId, t.topicName]));
  return made.map((m) => `${m.status === 'subscribed' ? 'Subscribed to' : 'Unsubscribed from'} "${names.get(m.topicId)}"`).join('; ');
}
