import { Body, Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import {
  ApiBody,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProperty,
  ApiTags,
  ApiUnauthorizedResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../../../common/decorators/auth.decorators';
import { SendgridWebhookService } from './sendgrid-webhook.service';

/**
 * Body limit of this route alone (bootstrap.ts gives it its own parser; other routes take 100 KB):
 * SendGrid posts event batches of up to thousands of events, several megabytes.
 */
export const SENDGRID_WEBHOOK_MAX_BYTES = 5 * 1024 * 1024;

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
  @ApiOperation({ summary: 'SendGrid event webhook (bounce, dropped, spamreport, unsubscribe, group_unsubscribe, delivered); signature checked when SENDGRID_VERIFICATION_KEY is set' })
  @ApiBody({ schema: { type: 'array', items: { type: 'object', additionalProperties: true } } })
  @ApiOkResponse({ type: WebhookResultDto })
  @ApiHeader({ name: 'x-twilio-email-event-webhook-signature', required: false, description: "SendGrid's ECDSA signature; required when SENDGRID_VERIFICATION_KEY is set" })
  @ApiHeader({ name: 'x-twilio-email-event-webhook-timestamp', required: false, description: 'The timestamp SendGrid signed with the body; required with the signature' })
  @ApiUnauthorizedResponse({
    description: 'Missing or invalid signature (only when SENDGRID_VERIFICATION_KEY is set)',
    content: { 'application/problem+json': { schema: { $ref: getSchemaPath('ProblemDetails') } } },
  })
  @ApiPayloadTooLargeResponse({
    description: `The body is larger than ${SENDGRID_WEBHOOK_MAX_BYTES / 1024 / 1024} MB`,
    content: { 'application/problem+json': { schema: { $ref: getSchemaPath('ProblemDetails') } } },
  })
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
