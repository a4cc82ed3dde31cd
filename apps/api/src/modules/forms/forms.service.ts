import { Inject, Injectable, NotFoundException, OnModuleInit } from '@nestjs/common';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { Page, parseSort } from '../../common/dto/pagination.dto';
import { FieldError, validationProblem } from '../../common/filters/problem';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { TopicsService } from '../consent/topics.service';
import { TopicUsageRegistry } from '../consent/topic-usage.registry';
import { tagsProblem } from '../contacts/contact-rules';
import { normalizeTags } from '../contacts/tags';
import { TemplatesService } from '../emails/templates/templates.service';
import { FieldUsageRegistry } from '../fields/field-usage.registry';
import { FieldsService } from '../fields/fields.service';
import { CreateFormDto, FormEmbedDto, ListFormsQueryDto, UpdateFormDto } from './dto/form.dto';
import { embedSnippet } from './form-pages';
import { checkFormFields, customKeyOf, redirectUrlProblem } from './form-rules';
import { FORM_SORTS, FormRow, FormsRepository, FormValues } from './forms.repository';
import { SignupsService } from './signups.service';

/**
 * Signup forms (manager, admin; everyone reads). A form naming a custom field keeps that field
 * from being deleted; a form must ask for every required contact custom field, or a new address
 * could not become a contact (and the refusal would tell an old address from a new one).
 */
@Injectable()
export class FormsService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: FormsRepository,
    private readonly fields: FieldsService,
    private readonly usage: FieldUsageRegistry,
    private readonly topics: TopicsService,
    private readonly topicUsage: TopicUsageRegistry,
    private readonly templates: TemplatesService,
    private readonly signups: SignupsService,
  ) {}

  onModuleInit(): void {
    this.usage.register({
      describe: async (objectType, key) => (objectType === 'contact' ? (await this.repository.namesUsingField(`cf.${key}`)).map((name) => `form '${name}'`) : []),
    });
    this.topicUsage.register({ describe: async (topicId) => (await this.repository.namesUsingTopic(topicId)).map((name) => `form '${name}'`) });
  }

  get publicUrl(): string {
    return this.config.publicUrl;
  }

  async list(query: ListFormsQueryDto): Promise<Page<FormRow>> {
    const order = parseSort(query.sort, FORM_SORTS, '-createdAt');
    const { rows, total } = await this.repository.page(query.search?.trim() || undefined, order, query.limit, query.offset);
    return { data: rows, total, limit: query.limit, offset: query.offset };
  }

  async get(id: string): Promise<FormRow> {
    const form = await this.repository.find(id);
    if (!form) throw new NotFoundException(`Form ${id} not found`);
    return form;
  }

  async create(user: AuthUser, dto: CreateFormDto): Promise<FormRow> {
    const values = await this.validated({
      name: dto.name,
      fields: dto.fields,
      topicIds: dto.topicIds ?? [],
      tags: dto.tags ?? [],
      doubleOptIn: dto.doubleOptIn ?? true,
      successMessage: dto.successMessage ?? null,
      redirectUrl: dto.redirectUrl ?? null,
      confirmationTemplateId: dto.confirmationTemplateId ?? null,
    });
    return this.get(await this.repository.insert(values, user.id));
  }

  async update(id: string, dto: UpdateFormDto): Promise<FormRow> {
    const current = await this.get(id);
    const next: FormValues = {
      name: dto.name ?? current.name,
      fields: dto.fields ?? current.fields,
      topicIds: dto.topicIds ?? current.topicIds,
      tags: dto.tags ?? current.tags,
      doubleOptIn: dto.doubleOptIn ?? current.doubleOptIn,
      successMessage: dto.successMessage === undefined ? current.successMessage : dto.successMessage,
      redirectUrl: dto.redirectUrl === undefined ? current.redirectUrl : dto.redirectUrl,
      confirmationTemplateId: dto.confirmationTemplateId === undefined ? current.confirmationTemplateId : dto.confirmationTemplateId,
    };
    await this.repository.update(id, await this.validated(next));
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.repository.delete(id))) throw new NotFoundException(`Form ${id} not found`);
  }

  async embed(id: string): Promise<FormEmbedDto> {
    const { form, rules, consentText } = await this.signups.publicForm(id);
    const url = `${this.config.publicUrl}/f/${form.id}`;
    return { url, html: embedSnippet(form.name, { action: url, fields: form.fields, rules, consentText }) };
  }

  /** Every rule of a form's values, all field errors in one 400. */
  private async validated(values: FormValues): Promise<FormValues> {
    const { fields, errors } = checkFormFields(values.fields);
    const definitions = await this.fields.definitions('contact');
    const known = new Map(definitions.map((d) => [d.key, d]));
    fields.forEach((field, index) => {
      const key = customKeyOf(field.field);
      if (key && !known.has(key) && !errors.some((e) => e.field === `fields.${index}.field`)) {
        errors.push({ field: `fields.${index}.field`, message: `there is no contact custom field ${key}` });
      }
    });
    for (const definition of definitions.filter((d) => d.required)) {
      const inForm = fields.find((f) => f.field === `cf.${definition.key}`);
      if (!inForm?.required) {
        errors.push({ field: 'fields', message: `must ask for ${definition.label} (cf.${definition.key}) as a required field: every contact needs it` });
      }
    }
    const topicIds = [...new Set(values.topicIds)];
    const found = await Promise.all(topicIds.map((id) => this.topics.findById(id)));
    topicIds.forEach((id, index) => {
      if (!found[index]) errors.push({ field: 'topicIds', message: `topic ${id} does not exist` });
    });
    const tags = normalizeTags(values.tags);
    const tagProblem = tagsProblem(tags);
    if (tagProblem) errors.push({ field: 'tags', message: tagProblem });
    const redirect = values.redirectUrl && redirectUrlProblem(values.redirectUrl);
    if (redirect) errors.push({ field: 'redirectUrl', message: redirect });
    if (values.confirmationTemplateId && !(await this.templateExists(values.confirmationTemplateId))) {
      errors.push({ field: 'confirmationTemplateId', message: 'this email template does not exist' });
    }
    if (errors.length) throw validationProblem(dedupe(errors));
    return { ...values, fields, topicIds, tags };
  }

  private async templateExists(id: string): Promise<boolean> {
    try {
      await this.templates.get(id);
      return true;
    } catch (error) {
      if (error instanceof NotFoundException) return false;
      throw error;
    }
  }
}

function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.field}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
