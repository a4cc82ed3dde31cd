import { ConflictException, HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import { notFound } from '../../../common/access/access-policy';
import { AuthUser } from '../../../common/decorators/auth.decorators';
import { Page, parseSort } from '../../../common/dto/pagination.dto';
import { ProblemException, validationProblem } from '../../../common/filters/problem';
import { escapeLike } from '../../../common/sql';
import { EmailTemplate } from '../entities/email-template.entity';
import { RecipientsRepository } from '../recipients.repository';
import { EmailComposerService } from '../rendering/email-composer.service';
import { FieldsService } from '../../fields/fields.service';
import { sampleValue } from '../../fields/custom-field-rules';
import {
  CustomFieldKeys,
  MERGE_TAGS,
  MergeRecipient,
  SAMPLE_RECIPIENT,
  TEMPLATE_PART_LABELS,
  TemplateSource,
  TemplateSyntaxError,
  compileTemplate,
} from '../rendering/merge-tags';
import { EmailSendError } from '../sending/email-errors';
import { MailTransportService } from '../sending/mail-transport.service';
import { EmailSettingsService } from '../settings/email-settings.service';
import { CreateTemplateDto, PreviewDraftDto, SendTestEmailDto, TemplateListQueryDto, TemplatePreviewDto, UpdateTemplateDto } from './template.dto';

const SORTABLE = { name: 't.name', subject: 't.subject', createdAt: 't.created_at', updatedAt: 't.updated_at' };

/** 400 naming the part and the line, the way the editor shows it. */
function syntaxProblem(error: TemplateSyntaxError): ProblemException {
  return validationProblem([{ field: error.field, message: error.message }], `${TEMPLATE_PART_LABELS[error.field]}: ${error.message}`);
}

function checked(source: TemplateSource, customKeys: CustomFieldKeys): string[] {
  try {
    return compileTemplate(source, customKeys).warnings;
  } catch (error) {
    if (error instanceof TemplateSyntaxError) throw syntaxProblem(error);
    throw error;
  }
}

@Injectable()
export class TemplatesService {
  constructor(
    @InjectRepository(EmailTemplate) private readonly templates: Repository<EmailTemplate>,
    private readonly recipients: RecipientsRepository,
    private readonly composer: EmailComposerService,
    private readonly transport: MailTransportService,
    private readonly settings: EmailSettingsService,
    private readonly fields: FieldsService,
  ) {}

  /** The built-in merge tags, then one per contact and company custom field, in the fields' order. */
  async mergeTags(): Promise<{ tag: string; description: string }[]> {
    const [contact, company] = await Promise.all([this.fields.definitions('contact'), this.fields.definitions('company')]);
    return [
      ...MERGE_TAGS,
      ...contact.map((f) => ({ tag: `{{contact.custom.${f.key}}}`, description: `${f.label} (contact field)` })),
      ...company.map((f) => ({ tag: `{{company.custom.${f.key}}}`, description: `Company's ${f.label} (company field)` })),
    ];
  }

  async list(query: TemplateListQueryDto): Promise<Page<EmailTemplate>> {
    const order = parseSort(query.sort, SORTABLE, '-updatedAt');
    const qb = this.templates.createQueryBuilder('t');
    if (query.search) qb.where('(t.name ILIKE :q OR t.subject ILIKE :q)', { q: `%${escapeLike(query.search)}%` });
    const [data, total] = await qb.orderBy(order.column, order.direction).addOrderBy('t.id').take(query.limit).skip(query.offset).getManyAndCount();
    return { data, total, limit: query.limit, offset: query.offset };
  }

  async get(id: string): Promise<EmailTemplate> {
    const template = await this.templates.findOne({ where: { id } });
    if (!template) throw new NotFoundException(`Email template ${id} not found`);
    return template;
  }

  /** The template of exactly that name (names are not unique: the oldest of them), or null. */
  findByName(name: string): Promise<EmailTemplate | null> {
    return this.templates.findOne({ where: { name }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async create(dto: CreateTemplateDto, user: AuthUser): Promise<EmailTemplate> {
    checked(dto, await this.customFieldKeys());
    return this.templates.save(
      this.templates.create({
        name: dto.name,
        subject: dto.subject,
        htmlBody: dto.htmlBody,
        textBody: dto.textBody ?? null,
        fromEmail: dto.fromEmail ?? null,
        fromName: dto.fromName ?? null,
        createdById: user.id,
      }),
    );
  }

  async update(id: string, dto: UpdateTemplateDto): Promise<EmailTemplate> {
    const template = await this.get(id);
    for (const key of ['name', 'subject', 'htmlBody', 'textBody', 'fromEmail', 'fromName'] as const) {
      if (dto[key] === undefined) continue;
      if (dto[key] === null && ['name', 'subject', 'htmlBody'].includes(key)) {
        throw validationProblem([{ field: key, message: 'must not be null' }]);
      }
      (template as unknown as Record<string, unknown>)[key] = dto[key];
    }
    checked(template, await this.customFieldKeys());
    return this.templates.save(template);
  }

  async remove(id: string): Promise<void> {
    await this.get(id);
    try {
      await this.templates.delete(id);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23503') {
        throw new ConflictException('The template is used by a campaign or a workflow; change those first');
      }
      throw error;
    }
  }

  async preview(id: string, contactId: string | undefined, user: AuthUser): Promise<TemplatePreviewDto> {
    return this.render(await this.get(id), contactId, user);
  }

  previewDraft(dto: PreviewDraftDto, user: AuthUser): Promise<TemplatePreviewDto> {
    return this.render({ subject: dto.subject, htmlBody: dto.htmlBody, textBody: dto.textBody ?? null }, dto.contactId, user);
  }

  /** Sends the template, untracked, to any address (a marketer's own inbox); writes no email log. */
  async sendTest(id: string, dto: SendTestEmailDto, user: AuthUser): Promise<{ response: string }> {
    const template = await this.get(id);
    const rendered = await this.render(template, dto.contactId, user);
    const settings = await this.settings.get();
    const release = await this.transport.acquireSlot();
    try {
      return await this.transport.send({
        from: { name: template.fromName || settings.fromName, address: template.fromEmail || settings.fromEmail },
        to: dto.email,
        subject: `[Test] ${rendered.subject}`,
        html: rendered.html,
        text: rendered.text,
        messageId: `<test-${Date.now()}-${Math.random().toString(36).slice(2)}@${this.transport.messageDomain}>`,
      });
    } catch (error) {
      if (error instanceof EmailSendError) {
        throw new ProblemException(HttpStatus.BAD_GATEWAY, `The SMTP server did not accept the test email: ${error.message}`);
      }
      throw error;
    } finally {
      release();
    }
  }

  /** The custom field keys merge tags may name, so that an unknown `{{contact.custom.…}}` warns like any unknown tag. */
  async customFieldKeys(): Promise<CustomFieldKeys> {
    const [contact, company] = await Promise.all([this.fields.definitions('contact'), this.fields.definitions('company')]);
    return { contact: contact.map((f) => f.key), company: company.map((f) => f.key) };
  }

  /** The sample recipient, holding a value of every custom field, so a preview shows where each goes. */
  private async sampleRecipient(): Promise<MergeRecipient> {
    const [contact, company] = await Promise.all([this.fields.definitions('contact'), this.fields.definitions('company')]);
    return {
      ...SAMPLE_RECIPIENT,
      customFields: Object.fromEntries(contact.map((f) => [f.key, sampleValue(f)])),
      company: SAMPLE_RECIPIENT.company && { ...SAMPLE_RECIPIENT.company, customFields: Object.fromEntries(company.map((f) => [f.key, sampleValue(f)])) },
    };
  }

  private async recipient(contactId: string | undefined, user: AuthUser): Promise<MergeRecipient> {
    if (!contactId) return this.sampleRecipient();
    const recipient = await this.recipients.find(contactId, user);
    if (!recipient) throw notFound('Contact', contactId);
    return recipient;
  }

  private async render(source: TemplateSource, contactId: string | undefined, user: AuthUser): Promise<TemplatePreviewDto> {
    let result: ReturnType<typeof compileTemplate>;
    const customKeys = await this.customFieldKeys();
    try {
      result = compileTemplate(source, customKeys);
    } catch (error) {
      if (error instanceof TemplateSyntaxError) throw syntaxProblem(error);
      throw error;
    }
    const recipient = await this.recipient(contactId, user);
    const settings = await this.settings.get();
    try {
      const composed = await this.composer.compose({ template: result.compiled, recipient, postalAddress: settings.postalAddress });
      return { subject: composed.subject, html: composed.html, text: composed.text, warnings: result.warnings };
    } catch (error) {
      if (error instanceof EmailSendError) throw validationProblem([{ field: 'htmlBody', message: error.message }]);
      throw error;
    }
  }
}
