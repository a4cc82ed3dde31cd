import { Injectable } from '@nestjs/common';
import { PermanentEmailError } from '../sending/email-errors';
import { LinkRegistryService } from '../tracking/link-registry.service';
import { TrackingUrlsService } from '../tracking/tracking-urls.service';
import { decorateEmail, extractLinks } from './email-decorator';
import { CompiledTemplate, MergeRecipient, mergeContext } from './merge-tags';

export interface ComposeInput {
  template: CompiledTemplate;
  recipient: MergeRecipient;
  postalAddress: string;
  /** A real email: signed unsubscribe link, tracked links and open pixel. Absent: preview or test send. */
  log?: { id: string; campaignId: string | null };
  /** With `log`: which tracking the email carries (a campaign can turn either off); both when absent. */
  tracking?: TrackingChoice;
}

export interface TrackingChoice {
  opens: boolean;
  clicks: boolean;
}

export interface ComposedEmail {
  subject: string;
  html: string;
  text: string;
  unsubscribeUrl: string;
}

/** Renders merge tags and decorates the result: the single rendering path of campaigns, workflows, previews and test sends. */
@Injectable()
export class EmailComposerService {
  constructor(
    private readonly urls: TrackingUrlsService,
    private readonly links: LinkRegistryService,
  ) {}

  /** Throws PermanentEmailError when the template fails at run time (the send would fail again). */
  async compose(input: ComposeInput): Promise<ComposedEmail> {
    const unsubscribeUrl = input.log
      ? await this.urls.unsubscribeUrl(input.log.id)
      : `${this.urls.publicUrl}/unsubscribe/preview`;
    const preferencesUrl = input.log ? await this.urls.preferencesUrl(input.log.id) : `${this.urls.publicUrl}/preferences/preview`;
    const context = mergeContext(input.recipient, unsubscribeUrl, preferencesUrl);
    let subject: string;
    let html: string;
    let text: string | null;
    try {
      // Header injection guard: a merge value with a line break must not start a new header.
      subject = input.template.subject(context).replace(/[\r\n]+/g, ' ').trim();
      html = input.template.html(context);
      text = input.template.text ? input.template.text(context) : null;
    } catch (error) {
      throw new PermanentEmailError(`The template failed to render: ${(error as Error).message}`);
    }
    let tracking: { openUrl?: string; clickUrls: Map<string, string> } | undefined;
    if (input.log) {
      const log = input.log;
      const choice = input.tracking ?? { opens: true, clicks: true };
      const clickUrls = new Map<string, string>();
      if (choice.clicks) {
        const found = extractLinks(html, text, this.urls.publicUrl);
        const ids = await this.links.resolve(log.campaignId, found);
        for (const [url, linkId] of ids) clickUrls.set(url, await this.urls.clickUrl(log.id, linkId));
      }
      tracking = { openUrl: choice.opens ? await this.urls.openUrl(log.id) : undefined, clickUrls };
    }
    let decorated: { html: string; text: string };
    try {
      decorated = decorateEmail({ html, text }, { tracking, unsubscribeUrl, preferencesUrl, postalAddress: input.postalAddress });
    } catch (error) {
      throw new PermanentEmailError(`The email could not be assembled: ${(error as Error).message}`);
    }
    return { subject, ...decorated, unsubscribeUrl };
  }
}
