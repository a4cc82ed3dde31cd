import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../common/decorators/auth.decorators';
import { escapeHtml } from '../rendering/email-decorator';
import { PreferencesService, PreferencesView } from './preferences.service';
import { HTML_PAGE_CONTENT, maskEmail, publicPage } from './public-pages';

const INVALID = publicPage('Link not valid', '<p>This link is broken. Use the “Manage preferences” link from the bottom of the most recent email.</p>');

const STATUS_NOTE: Record<string, string> = { pending: ' <small>(waiting for you to confirm by email)</small>' };

function render(view: PreferencesView, notice: string | null): string {
  const sender = escapeHtml(view.sender.fromName);
  const items = view.topics
    .map((t) => {
      const id = `topic-${t.topicId}`;
      const description = t.topicDescription ? `<br><small>${escapeHtml(t.topicDescription)}</small>` : '';
      return `<label for="${id}"><input type="checkbox" id="${id}" name="topic" value="${t.topicId}"${t.status !== 'unsubscribed' ? ' checked' : ''}> ${escapeHtml(t.topicName)}${STATUS_NOTE[t.status] ?? ''}${description}</label>`;
    })
    .join('');
  const topics = view.topics.length
    ? `<form method="post"><fieldset><legend>Emails from ${sender} you want to receive</legend>${items}</fieldset>` +
      `<button type="submit" name="action" value="save">Save preferences</button></form>`
    : '';
  const suppressed = view.suppressed ? `<p role="status">${escapeHtml(maskEmail(view.email))} is unsubscribed from all emails of ${sender}.</p>` : '';
  const all = view.suppressed
    ? ''
    : `<form method="post"><p>Or stop every email from ${sender} to this address.</p><button type="submit" name="action" value="unsubscribe_all">Unsubscribe from all</button></form>`;
  const address = view.sender.postalAddress.trim();
  return publicPage(
    'Email preferences',
    (notice ? `<p role="status"><strong>${escapeHtml(notice)}</strong></p>` : '') +
      `<p>Choose what ${sender} sends to ${escapeHtml(maskEmail(view.email))}.</p>${suppressed}${topics}${all}` +
      `<footer>${sender}${address ? `<br>${escapeHtml(address).replace(/\r?\n/g, '<br>')}` : ''}</footer>`,
  );
}

/** Ticked checkboxes arrive as one value or a list, depending on how many are ticked. */
function tickedTopics(value: unknown): string[] | null {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.every((v) => typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v)) ? (list as string[]) : null;
}

/** The preference centre (outside /api), linked from every email's footer and `{{preferences_url}}`. */
@ApiTags('tracking')
@Public()
@Controller('preferences')
export class PreferencesController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get(':token')
  @ApiOperation({ summary: 'Preference centre: every topic with the recipient’s status, and unsubscribe from all (changes nothing)' })
  @ApiOkResponse({ description: 'HTML page', content: HTML_PAGE_CONTENT })
  @ApiNotFoundResponse({ description: 'Invalid link (HTML page)', content: HTML_PAGE_CONTENT })
  async page(@Param('token') token: string, @Res() res: Response): Promise<void> {
    res.set('Cache-Control', 'no-store');
    if (token === 'preview') {
      res.type('html').send(publicPage('Preview', '<p>This is the preference-centre link of a preview or a test email. In a real email it lets the recipient choose their topics.</p>'));
      return;
    }
    const view = await this.preferences.view(token);
    if (!view) {
      res.status(404).type('html').send(INVALID);
      return;
    }
    res.type('html').send(render(view, null));
  }

  @Post(':token')
  @HttpCode(200)
  @ApiOperation({ summary: 'Save the preference centre: ticked topics subscribed, the others unsubscribed; or unsubscribe from all (suppresses the address)' })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        action: { type: 'string', enum: ['save', 'unsubscribe_all'] },
        topic: { oneOf: [{ type: 'string', format: 'uuid' }, { type: 'array', items: { type: 'string', format: 'uuid' } }], description: 'The ticked topics' },
      },
    },
  })
  @ApiOkResponse({ description: 'The page again, saying it saved', content: HTML_PAGE_CONTENT })
  @ApiBadRequestResponse({ description: 'An action or topic that is not one of the page’s (HTML page)', content: HTML_PAGE_CONTENT })
  @ApiNotFoundResponse({ description: 'Invalid link (HTML page)', content: HTML_PAGE_CONTENT })
  async save(@Param('token') token: string, @Body() body: Record<string, unknown> | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.set('Cache-Control', 'no-store');
    const action = body?.action ?? 'save';
    const ticked = tickedTopics(body?.topic);
    if ((action !== 'save' && action !== 'unsubscribe_all') || !ticked) {
      res.status(400).type('html').send(publicPage('Not saved', `<p>The form sent ${ticked ? 'an unknown action' : 'a topic that is not one of the page’s'}. Go back and try again.</p>`));
      return;
    }
    const client = { ip: req.ip ?? null, userAgent: req.get('user-agent')?.slice(0, 500) ?? null };
    const result = await this.preferences.save(token, action === 'save' ? { kind: 'topics', subscribed: ticked } : { kind: 'unsubscribe_all' }, client);
    if (result === 'unknownTopic') {
      res.status(400).type('html').send(publicPage('Not saved', '<p>The form sent a topic that is not one of the page’s. Go back and try again.</p>'));
      return;
    }
    const view = result && (await this.preferences.view(token));
    if (!view) {
      res.status(404).type('html').send(INVALID);
      return;
    }
    res.type('html').send(render(view, action === 'save' ? 'Your preferences are saved.' : 'You are unsubscribed from all emails.'));
  }
}
