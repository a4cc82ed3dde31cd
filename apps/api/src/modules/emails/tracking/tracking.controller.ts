import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../common/decorators/auth.decorators';
import { HTML_PAGE_CONTENT, publicPage } from './public-pages';
import { TrackingRateLimiter } from './tracking-rate-limiter';
import { TrackingService } from './tracking.service';

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** Public tracking links in emails (outside /api). They never fail in a way a reader would notice. */
@ApiTags('tracking')
@Public()
@Controller('track')
export class TrackingController {
  private readonly logger = new Logger(TrackingController.name);

  constructor(
    private readonly tracking: TrackingService,
    private readonly limiter: TrackingRateLimiter,
  ) {}

  @Get('open/:token')
  @ApiOperation({ summary: 'Open pixel: always a 1×1 GIF (no-store); counts an open only for a genuine token' })
  @ApiOkResponse({ description: 'A transparent 1×1 GIF', content: { 'image/gif': { schema: { type: 'string', format: 'binary' } } } })
  async open(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    // The reader's client waits for nothing: the hit is counted against the client's limit, then
    // written in the next batch (see TrackingRateLimiter, TrackingService).
    this.limiter
      .allow(req.ip ?? '')
      .then(async (allowed) => {
        if (allowed) await this.tracking.recordOpen(token);
      })
      .catch((error) => this.logger.error(`Recording an open failed: ${(error as Error).message}`));
    res.status(200).set({ 'Content-Type': 'image/gif', 'Cache-Control': 'no-store, max-age=0', 'Content-Length': String(PIXEL.length) }).end(PIXEL);
  }

  @Get('click/:token')
  @ApiOperation({ summary: 'Tracked link: 302 to the link that was in that email; a forged or unknown token gets 404 and never redirects' })
  @ApiFoundResponse({ description: 'Redirect to the original link', headers: { Location: { description: 'The original link', schema: { type: 'string', format: 'uri' } } } })
  @ApiNotFoundResponse({ description: 'Invalid link (HTML page)', content: HTML_PAGE_CONTENT })
  async click(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const click = await this.tracking.resolveClick(token);
    if (!click) {
      res.status(404).type('html').send(publicPage('Link not valid', '<p>This link is broken or has expired. Check that it was copied completely.</p>'));
      return;
    }
    this.limiter
      .allow(req.ip ?? '')
      .then(async (allowed) => {
        if (allowed) await this.tracking.recordClick(click);
      })
      .catch((error) => this.logger.error(`Recording a click failed: ${(error as Error).message}`));
    res.set('Cache-Control', 'no-store').redirect(302, click.url);
  }
}
