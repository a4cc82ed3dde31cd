import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../common/decorators/auth.decorators';
import { UNSUBSCRIBE_REASONS, UnsubscribeReason } from '../../consent/entities/unsubscribe-reason.entity';
import { escapeHtml } from '../rendering/email-decorator';
import { HTML_PAGE_CONTENT, maskEmail, publicPage } from './public-pages';
import { TrackingService, UnsubscribeTarget } from './tracking.service';

const INVALID = publicPage('Link not valid', '<p>This unsubscribe link is broken. Use the link from the bottom of the most recent email.</p>');

const REASON_LABELS: Record<UnsubscribeReason, string> = {
  too_frequent: 'Too many emails',
  not_relevant: 'Not relevant to me',
  never_signed_up: 'I never signed up',
  other: 'Another reason',
};

/** What the link does, in the page's words: leave one topic, or stop all email to the address. */
function stopsWhat(target: UnsubscribeTarget): string {
  const who = escapeHtml(maskEmail(target.email));
  return target.topicName ? `${who} will not receive “${escapeHtml(target.topicName)}” emails any more.` : `${who} will not receive these emails any more.`;
}

function preferencesLink(target: UnsubscribeTarget): string {
  return `<p><a href="${escapeHtml(target.preferencesUrl)}">Manage all your email preferences</a></p>`;
}

/**
 * Unsubscribe links (outside /api). GET only shows a confirmation page, because mail scanners
 * follow links; POST unsubscribes — from the page's button or as RFC 8058 one-click from the
 * recipient's mail client (`List-Unsubscribe-Post: List-Unsubscribe=One-Click`). An email about a
 * topic leaves that topic only; any other email suppresses the address.
 */
@ApiTags('tracking')
@Public()
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly tracking: TrackingService) {}

  @Get(':token')
  @ApiOperation({ summary: 'Unsubscribe confirmation page with an optional reason (changes nothing)' })
  @ApiOkResponse({ description: 'HTML page with an Unsubscribe button', content: HTML_PAGE_CONTENT })
  @ApiNotFoundResponse({ description: 'Invalid link (HTML page)', content: HTML_PAGE_CONTENT })
  async page(@Param('token') token: string, @Res() res: Response): Promise<void> {
    res.set('Cache-Control', 'no-store');
    if (token === 'preview') {
      res.type('html').send(publicPage('Preview', '<p>This is the unsubscribe link of a preview or a test email. In a real email it unsubscribes the recipient.</p>'));
      return;
    }
    const target = await this.tracking.unsubscribeTarget(token);
    if (!target) {
      res.status(404).type('html').send(INVALID);
      return;
    }
    if (target.alreadyUnsubscribed) {
      res.type('html').send(publicPage('You are unsubscribed', `<p>${stopsWhat(target)}</p>${preferencesLink(target)}`));
      return;
    }
    const what = target.topicName
      ? `Stop sending “${escapeHtml(target.topicName)}” emails to ${escapeHtml(maskEmail(target.email))}? Other emails you chose keep coming.`
      : `Stop sending emails to ${escapeHtml(maskEmail(target.email))}?`;
    const reasons = UNSUBSCRIBE_REASONS.map(
      (reason) => `<label><input type="radio" name="reason" value="${reason}"> ${escapeHtml(REASON_LABELS[reason])}</label>`,
    ).join('');
    res.type('html').send(
      publicPage(
        'Unsubscribe?',
        `<p>${what}</p><form method="post"><fieldset><legend>Why are you leaving? (optional)</legend>${reasons}</fieldset>` +
          `<button type="submit">Unsubscribe</button></form>${preferencesLink(target)}`,
      ),
    );
  }

  @Post(':token')
  @HttpCode(200)
  @ApiOperation({ summary: 'Unsubscribe (the page’s button and RFC 8058 one-click); repeating it is harmless' })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({
    required: false,
    description: 'RFC 8058 mail clients send `List-Unsubscribe=One-Click`; the page’s button sends the optional `reason`.',
    schema: { type: 'object', properties: { 'List-Unsubscribe': { type: 'string', enum: ['One-Click'] }, reason: { type: 'string', enum: [...UNSUBSCRIBE_REASONS] } } },
  })
  @ApiOkResponse({ description: 'HTML confirmation', content: HTML_PAGE_CONTENT })
  @ApiBadRequestResponse({ description: 'A reason that is not one of the choices (HTML page)', content: HTML_PAGE_CONTENT })
  @ApiNotFoundResponse({ description: 'Invalid link (HTML page)', content: HTML_PAGE_CONTENT })
  async unsubscribe(@Param('token') token: string, @Body() body: Record<string, unknown> | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.set('Cache-Control', 'no-store');
    const reason = body?.reason;
    if (reason !== undefined && reason !== '' && !UNSUBSCRIBE_REASONS.includes(reason as UnsubscribeReason)) {
      res.status(400).type('html').send(publicPage('Unknown reason', '<p>The reason is not one of the choices. Go back and pick one, or none.</p>'));
      return;
    }
    const target = await this.tracking.unsubscribe(token, {
      oneClick: body?.['List-Unsubscribe'] === 'One-Click',
      reason: reason ? (reason as UnsubscribeReason) : undefined,
      ip: req.ip ?? null,
      userAgent: req.get('user-agent')?.slice(0, 500) ?? null,
    });
    if (!target) {
      res.status(404).type('html').send(INVALID);
      return;
    }
    res.type('html').send(publicPage('You are unsubscribed', `<p>${stopsWhat(target)}</p>${preferencesLink(target)}`));
  }
}
