import { Body, Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiProperty, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../../../common/decorators/auth.decorators';
import { SendgridWebhookService } from './sendgrid-webhook.service';

export class WebhookResultDto {
  @ApiProperty()
  received: number;
  /** Events that changed an email log or the suppression list. */
  @ApiProperty()
  applied: number;
}

@ApiTags('webhooks')
@Public()
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly sendgrid: SendgridWebhookService) {}

  @Post('sendgrid')
  @HttpCode(200)
  @ApiOperation({ summary: 'SendGrid event webhook (bounce, dropped, spamreport, delivered); signature checked when SENDGRID_VERIFICATION_KEY is set' })
  @ApiBody({ schema: { type: 'array', items: { type: 'object', additionalProperties: true } } })
  @ApiOkResponse({ type: WebhookResultDto })
  @ApiUnauthorizedResponse({ description: 'Missing or invalid signature' })
  async receive(
    @Req() req: RawBodyRequest<Request>,
    @Body() body: unknown,
    @Headers('x-twilio-email-event-webhook-signature') signature?: string,
    @Headers('x-twilio-email-event-webhook-timestamp') timestamp?: string,
  ): Promise<WebhookResultDto> {
    this.sendgrid.verifySignature(req.rawBody, signature, timestamp);
    return this.sendgrid.handle(body);
  }
}
