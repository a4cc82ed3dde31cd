import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../../common/decorators/auth.decorators';
import { escapeHtml } from '../rendering/email-decorator';
import { HTML_PAGE_CONTENT, maskEmail, publicPage } from './public-pages';
import { TrackingService } from './tracking.service';

const INVALID = publicPage('Link not valid', '<p>This unsubscribe link is broken. Use the link from the bottom of the most recent email.</p>');

/**
 * Unsubscribe links (outside /api). GET only shows a confirmation page, because mail scanners
 * follow links; POST unsubscribes — from the page's button or as RFC 8058 one-click from the
 * recipient's mail client (`List-Unsubscribe-Post: List-Unsubscribe=One-Click`).
 */
@ApiTags('tracking')
@Public()
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly tracking: TrackingService) {}

  @Get(':token')
  @ApiOperation({ summary: 'Unsubscribe confirmation page (changes nothing)' })
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
      res.type('html').send(publicPage('You are unsubscribed', `<p>${escapeHtml(maskEmail(target.email))} will not receive these emails any more.</p>`));
      return;
    }
    res.type('html').send(
      publicPage(
        'Unsubscribe?',
        `<p>Stop sending emails to ${escapeHtml(maskEmail(target.email))}?</p><form method="post"><button type="submit">Unsubscribe</button></form>`,
      ),
    );
  }

  @Post(':token')
  @HttpCode(200)
  @ApiOperation({ summary: 'Unsubscribe (the page’s button and RFC 8058 one-click); repeating it is harmless' })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({
    required: false,
    description: 'What RFC 8058 mail clients send; the page’s button sends an empty form. The body is not read: the token decides.',
    schema: { type: 'object', properties: { 'List-Unsubscribe': { type: 'string', enum: ['One-Click'] } } },
  })
  @ApiOkResponse({ description: 'HTML confirmation', content: HTML_PAGE_CONTENT })
  @ApiNotFoundResponse({ description: 'Invalid link (HTML page)', content: HTML_PAGE_CONTENT })
  async unsubscribe(@Param('token') token: string, @Res() res: Response): Promise<void> {
    res.set('Cache-Control', 'no-store');
    const target = await this.tracking.unsubscribe(token);
    if (!target) {
      res.status(404).type('html').send(INVALID);
      return;
    }
    res.type('html').send(publicPage('You are unsubscribed', `<p>${escapeHtml(maskEmail(target.email))} will not receive these emails any more.</p>`));
  }
}
