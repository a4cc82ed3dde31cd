import { Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'crypto';
import { DataSource } from 'typeorm';
import { DomainEvent } from '../../common/events';
import { FieldError, ProblemException } from '../../common/filters/problem';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { ConsentContext, ConsentService } from '../consent/consent.service';
import { SubscriptionsService } from '../consent/subscriptions.service';
import { TopicsService } from '../consent/topics.service';
import { ContactsService } from '../contacts/contacts.service';
import type { ContactView } from '../contacts/contacts.repository';
import { escapeHtml } from '../emails/rendering/email-decorator';
import { compileTemplate, mergeContext, MergeRecipient } from '../emails/rendering/merge-tags';
import { TransactionalEmailService } from '../emails/sending/transactional-email.service';
import { EmailSettingsService } from '../emails/settings/email-settings.service';
import { SuppressionsService } from '../emails/suppressions/suppressions.service';
import { TemplatesService } from '../emails/templates/templates.service';
import type { FieldRule } from '../fields/custom-field-rules';
import { FieldsService } from '../fields/fields.service';
import { OutboxService } from '../outbox/outbox.service';
import { SettingsService } from '../settings/settings.service';
import { WebhookEventsService } from '../webhooks/webhook-events.service';
import { ConfirmTokens } from './confirm-tokens';
import { Branding } from './form-pages';
import { consentText, HONEYPOT_FIELD, parseSubmission } from './form-rules';
import { FormRateLimiter } from './form-rate-limiter';
import { FormRow, FormsRepository, SubmissionStatus } from './forms.repository';

/** Who posted: kept on the submission and in the consent ledger as the proof of the opt-in. */
export interface SignupClient {
  ip: string | null;
  userAgent: string | null;
}

export type SignupOutcome =
  | { kind: 'accepted'; status: SubmissionStatus }
  | { kind: 'invalid'; errors: FieldError[]; values: Record<string, unknown> }
  | { kind: 'ip_limited' };

export type ConfirmOutcome = { kind: 'confirmed'; form: FormRow | null } | { kind: 'invalid' } | { kind: 'expired' };

/** Everything the hosted page and the embed snippet show of a form. */
export interface PublicForm {
  form: FormRow;
  rules: Map<string, FieldRule>;
  consentText: string;
  branding: Branding;
}

const USER_AGENT_MAX = 500;

/**
 * Public signups: the hosted form's posts and the double opt-in confirmations. Every accepted post
 * answers the same whether the address was known or not (the status depends on the form only),
 * so the form cannot be used to learn who is a contact.
 */
@Injectable()
export class SignupsService {
  private readonly logger = new Logger(SignupsService.name);
  private tokens?: Promise<ConfirmTokens>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: FormsRepository,
    private readonly fields: FieldsService,
    private readonly contacts: ContactsService,
    private readonly consent: ConsentService,
    private readonly topics: TopicsService,
    private readonly subscriptions: SubscriptionsService,
    private readonly suppressions: SuppressionsService,
    private readonly outbox: OutboxService,
    private readonly limiter: FormRateLimiter,
    private readonly mail: TransactionalEmailService,
    private readonly templates: TemplatesService,
    private readonly emailSettings: EmailSettingsService,
    private readonly settings: SettingsService,
    private readonly webhooks: WebhookEventsService,
  ) {}

  /** The form as the public sees it; 404 for an unknown id. */
  async publicForm(formId: string): Promise<PublicForm> {
    const form = await this.repository.find(formId);
    if (!form) throw new NotFoundException(`Form ${formId} not found`);
    const [definitions, topics, branding] = await Promise.all([this.fields.definitions('contact'), this.topicNames(form.topicIds), this.branding()]);
    return {
      form,
      rules: new Map(definitions.map((d) => [d.key, d])),
      consentText: consentText(topics, form.doubleOptIn),
      branding,
    };
  }

  async submit(formId: string, body: Record<string, unknown>, client: SignupClient): Promise<SignupOutcome> {
    const { form, rules, consentText: text } = await this.publicForm(formId);
    const accepted: SignupOutcome = { kind: 'accepted', status: form.doubleOptIn ? 'pending_confirmation' : 'subscribed' };
    const honeypot = body[HONEYPOT_FIELD];
    if (typeof honeypot === 'string' ? honeypot.trim() !== '' : honeypot !== undefined && honeypot !== null) return accepted;
    const { submission, errors } = parseSubmission(form.fields, rules, body);
    if (errors.length) return { kind: 'invalid', errors, values: body };
    const allowance = await this.limiter.take(client.ip ?? 'unknown', submission.email);
    if (allowance === 'ip_limited') return { kind: 'ip_limited' };
    if (allowance === 'address_limited') return accepted;

    let contact: ContactView;
    try {
      ({ contact } = await this.contacts.upsertSignup({ email: submission.email, values: submission.values, customFields: submission.customFields, tags: form.tags }));
    } catch (error) {
      // The contacts module checks custom values again (and a field may have changed since the page was read): its `customFields.<key>` is the form's `cf.<key>`.
      if (error instanceof ProblemException && error.extras.errors?.length) {
        return { kind: 'invalid', errors: error.extras.errors.map((e) => ({ field: e.field.replace(/^customFields\./, 'cf.'), message: e.message })), values: body };
      }
      throw error;
    }
    const userAgent = client.userAgent?.slice(0, USER_AGENT_MAX) ?? null;
    const context: ConsentContext = { source: 'form', formId: form.id, ip: client.ip, userAgent, text };
    const { submissionId, recorded } = await this.dataSource.transaction(async (manager) => {
      const row = await this.repository.insertSubmission(manager, {
        formId: form.id,
        contactId: contact.id,
        email: submission.email,
        data: submission.data,
        ip: client.ip,
        userAgent,
        status: accepted.status,
      });
      // A signup never takes back a subscription the contact already holds: asking again for a
      // confirmation must not turn "subscribed" into "pending" (nor could a stranger do it to them).
      const held = new Set((await this.subscriptions.statusesOf(manager, contact.id)).filter((s) => s.status === 'subscribed').map((s) => s.topicId));
      const status = form.doubleOptIn ? 'pending' : 'subscribed';
      const changes = form.topicIds.filter((id) => !held.has(id)).map((topicId) => ({ topicId, status }) as const);
      await this.consent.setSubscriptions(manager, contact.id, changes, context);
      // The ledger proves the signup itself even where no topic status changed.
      if (!changes.length) await this.consent.record(manager, [{ ...context, contactId: contact.id, action: 'subscribed', topicId: null }]);
      const recorded = await this.outbox.record(manager, [
        { name: DomainEvent.FormSubmitted, payload: { formId: form.id, submissionId: row.id, contactId: contact.id } },
      ]);
      await this.webhooks.publish(manager, [
        {
          type: 'form.submitted',
          data: { id: row.id, formId: form.id, formName: form.name, contactId: contact.id, email: row.email, status: row.status, fields: submission.data, createdAt: row.createdAt.toISOString() },
        },
      ]);
      return { submissionId: row.id, recorded };
    });
    void this.outbox.deliver(recorded);
    if (form.doubleOptIn) await this.sendConfirmation(form, contact, submissionId);
    return accepted;
  }

  /** Confirms a double opt-in: the form's topics subscribed, `confirmed` in the ledger. A second click changes nothing. */
  async confirm(token: string, client: SignupClient): Promise<ConfirmOutcome> {
    const check = (await this.loadTokens()).verify(token);
    if (!check.ok) return { kind: check.reason };
    return this.dataSource.transaction(async (manager): Promise<ConfirmOutcome> => {
      const submission = await this.repository.lockSubmission(manager, check.submissionId);
      if (!submission?.contactId) return { kind: 'invalid' };
      const form = await this.repository.find(submission.formId);
      if (submission.status === 'subscribed') return { kind: 'confirmed', form };
      await this.repository.markConfirmed(manager, submission.id);
      const context: ConsentContext = { source: 'form', formId: submission.formId, ip: client.ip, userAgent: client.userAgent?.slice(0, USER_AGENT_MAX) ?? null };
      const topicIds = form?.topicIds ?? [];
      await this.consent.setSubscriptions(
        manager,
        submission.contactId,
        topicIds.map((topicId) => ({ topicId, status: 'subscribed', action: 'confirmed' }) as const),
        context,
      );
      if (!topicIds.length) await this.consent.record(manager, [{ ...context, contactId: submission.contactId, action: 'confirmed', topicId: null }]);
      // The person's own confirmed opt-in is the one thing that may bring an erased address back.
      await this.suppressions.liftErasure(manager, submission.email);
      return { kind: 'confirmed', form };
    });
  }

  /** The names of the form's topics that still exist, in the form's order. */
  async topicNames(ids: string[]): Promise<string[]> {
    const topics = await Promise.all(ids.map((id) => this.topics.findById(id)));
    return topics.flatMap((t) => (t ? [t.name] : []));
  }

  async branding(): Promise<Branding> {
    const sender = await this.emailSettings.get();
    return { name: sender.fromName, postalAddress: sender.postalAddress };
  }

  confirmUrl(token: string): string {
    return `${this.config.publicUrl}/confirm/${token}`;
  }

  private loadTokens(): Promise<ConfirmTokens> {
    this.tokens ??= this.settings
      .getOrCreate('form_confirm_secret', () => randomBytes(32).toString('base64url'))
      .then((secret) => new ConfirmTokens(Buffer.from(secret, 'base64url')))
      .catch((error) => {
        this.tokens = undefined;
        throw error;
      });
    return this.tokens;
  }

  /**
   * The confirmation email, through the transactional path: it ignores the suppression list, as
   * the person is asking for it right now. A failure to send is logged, not answered: the answer
   * must not differ between addresses, and the person can sign up again.
   */
  private async sendConfirmation(form: FormRow, contact: ContactView, submissionId: string): Promise<void> {
    try {
      const url = this.confirmUrl((await this.loadTokens()).sign(submissionId));
      const content = await this.confirmationContent(form, contact, url);
      await this.mail.send({ to: contact.email, ...content });
    } catch (error) {
      this.logger.error(`Confirmation email of form ${form.id} (submission ${submissionId}) not sent: ${(error as Error).message}`);
    }
  }

  private async confirmationContent(form: FormRow, contact: ContactView, url: string): Promise<{ subject: string; html: string; text: string }> {
    const recipient: MergeRecipient = {
      id: contact.id,
      firstName: contact.firstName,
      lastName: contact.lastName,
      email: contact.email,
      phone: contact.phone,
      status: contact.status,
      tags: contact.tags,
      customFields: contact.customFields,
      company: contact.companyId ? { id: contact.companyId, name: contact.companyName ?? '', domain: null, industry: null, size: null, customFields: {} } : null,
    };
    const template = form.confirmationTemplateId ? await this.templates.get(form.confirmationTemplateId).catch(() => null) : null;
    if (template) {
      const { compiled } = compileTemplate({ subject: template.subject, htmlBody: template.htmlBody, textBody: template.textBody });
      const context = { ...mergeContext(recipient, ''), confirm_url: url };
      const html = compiled.html(context);
      return { subject: compiled.subject(context), html, text: compiled.text ? compiled.text(context) : `${url}\n` };
    }
    const sender = await this.emailSettings.get();
    const hello = contact.firstName ? `Hello ${contact.firstName},` : 'Hello,';
    const ask = `Please confirm that you want to receive emails from ${sender.fromName}. Open this link within 7 days:`;
    const ignore = 'If you did not sign up, ignore this email: nothing will be sent to you.';
    return {
      subject: `Confirm your subscription to ${sender.fromName}`,
      html: `<!doctype html><html><body style="font-family: sans-serif; color: #1f2937; line-height: 1.5">
<p>${escapeHtml(hello)}</p><p>${escapeHtml(ask)}</p>
<p><a href="${escapeHtml(url)}" style="display: inline-block; padding: 10px 18px; background: #1565c0; color: #ffffff; border-radius: 6px; text-decoration: none">Confirm my subscription</a></p>
<p style="color: #4b5563; font-size: 14px">Or paste this address into your browser: ${escapeHtml(url)}</p>
<p style="color: #4b5563; font-size: 14px">${escapeHtml(ignore)}</p></body></html>`,
      text: `${hello}\n\n${ask}\n\n${url}\n\n${ignore}\n`,
    };
  }
}
