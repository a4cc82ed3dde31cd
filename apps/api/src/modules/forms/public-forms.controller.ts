import { Controller, Get, HttpCode, HttpStatus, NotFoundException, Options, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiExcludeEndpoint, ApiExtraModels, ApiOperation, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../common/decorators/auth.decorators';
import { humanFieldErrors } from '../../common/filters/field-messages';
import { validationProblem, ProblemException } from '../../common/filters/problem';
import { FormSignupResultDto } from './dto/form.dto';
import { brandedPage, hostedFormPage, paragraphs } from './form-pages';
import { PublicForm, SignupsService } from './signups.service';

const HTML = { 'text/html': { schema: { type: 'string' } } };
const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOT_FOUND_TEXT = 'This signup form does not exist any more.';
/** How long a browser may reuse the answer to a preflight. */
const PREFLIGHT_MAX_AGE_S = 86_400;

/**
 * The form's answer when it was posted as JSON (a site's own script) rather than by the page or
 * the embed snippet (form-encoded): JSON gets JSON and problems, a browser gets pages.
 */
function wantsJson(req: Request): boolean {
  return Boolean(req.is('application/json'));
}

/**
 * Hosted signup forms (outside /api, like /track and /unsubscribe): the page, its posts (CORS
 * open: any site may post JSON to it; bootstrap adds Access-Control-Allow-Origin to every /f
 * answer, parser errors included) and the thank-you page.
 */
@ApiTags('forms')
@ApiExtraModels(FormSignupResultDto)
@Public()
@Controller('f')
export class PublicFormsController {
  constructor(private readonly signups: SignupsService) {}

  @Get(':formId')
  @ApiOperation({ summary: 'The hosted signup page of a form (HTML: labels, the consent text, the sender’s branding)' })
  @ApiResponse({ status: 200, description: 'The page', content: HTML })
  @ApiResponse({ status: 404, description: 'No such form (HTML page)', content: HTML })
  async page(@Param('formId') formId: string, @Res() res: Response): Promise<void> {
    const form = await this.find(formId);
    if (!form) return this.notFound(res);
    this.formPolicy(res, form);
    res.set('Cache-Control', 'no-store').type('html').send(hostedFormPage(form.form.name, this.markup(form), form.branding));
  }

  @Get(':formId/thanks')
  @ApiOperation({ summary: 'The thank-you page a signup is sent to (303) when the form has no redirect' })
  @ApiResponse({ status: 200, description: 'The page', content: HTML })
  @ApiResponse({ status: 404, description: 'No such form (HTML page)', content: HTML })
  async thanks(@Param('formId') formId: string, @Res() res: Response): Promise<void> {
    const form = await this.find(formId);
    if (!form) return this.notFound(res);
    const next = form.form.doubleOptIn ? ['We have sent you an email: open the link in it to confirm your address.'] : [];
    const body = paragraphs(form.form.successMessage || 'Thank you for signing up!', ...next);
    res.set('Cache-Control', 'no-store').type('html').send(brandedPage(form.form.name, body, form.branding));
  }

  /** CORS preflight of the JSON endpoint: protocol between browsers and the server, so not in the OpenAPI document. */
  @Options(':formId')
  @HttpCode(204)
  @ApiExcludeEndpoint()
  preflight(@Res({ passthrough: true }) res: Response): void {
    res.set({
      'Access-Control-Allow-Methods': 'POST, OPTIONS',
      'Access-Control-Allow-Headers': 'Content-Type',
      'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_S),
    });
  }

  @Post(':formId')
  @ApiOperation({
    summary: 'Sign up (form-encoded from the page or the embed snippet, or JSON from a site’s script)',
    description:
      'Fields by name: `email`, `firstName`, `lastName`, `phone`, `cf.<key>`. The answer is the same whether the address was known or not. ' +
      'A filled `website` field (the honeypot) or too many posts for one address answer as usual and change nothing.',
  })
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiBody({ schema: { type: 'object', additionalProperties: true, example: { email: 'jamie@example.com', firstName: 'Jamie' } } })
  @ApiResponse({ status: 200, description: 'Posted as JSON: the signup’s status', content: { 'application/json': { schema: { $ref: getSchemaPath(FormSignupResultDto) } } } })
  @ApiResponse({ status: 303, description: 'Posted as a form: to the form’s redirect URL, or its thank-you page' })
  @ApiResponse({ status: 400, description: 'A field is missing or wrong: a problem naming it (JSON), or the page with the errors (form)', content: { ...PROBLEM, ...HTML } })
  @ApiResponse({ status: 404, description: 'No such form', content: { ...PROBLEM, ...HTML } })
  @ApiResponse({ status: 429, description: 'Too many signups from this client; wait a minute', content: { ...PROBLEM, ...HTML } })
  async submit(@Param('formId') formId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const json = wantsJson(req);
    res.set('Cache-Control', 'no-store');
    if (!UUID.test(formId)) return this.missing(json, res, formId);
    const body = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {};
    let outcome;
    try {
      outcome = await this.signups.submit(formId, body, { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null });
    } catch (error) {
      if (error instanceof NotFoundException) return this.missing(json, res, formId);
      throw error;
    }
    if (outcome.kind === 'ip_limited') {
      res.set('Retry-After', '60');
      if (json) throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, 'Too many signups from this address: wait a minute and try again');
      const form = await this.signups.publicForm(formId);
      res.status(429).type('html').send(brandedPage('Please wait a moment', paragraphs('Too many signups came from your network. Wait a minute and try again.'), form.branding));
      return;
    }
    if (outcome.kind === 'invalid') {
      if (json) throw validationProblem(outcome.errors);
      const form = await this.signups.publicForm(formId);
      this.formPolicy(res, form);
      const errors = humanFieldErrors(outcome.errors);
      res.status(400).type('html').send(hostedFormPage(form.form.name, this.markup(form, outcome.values, errors), form.branding));
      return;
    }
    if (json) {
      res.status(200).json({ status: outcome.status } satisfies FormSignupResultDto);
      return;
    }
    const form = await this.signups.publicForm(formId);
    res.redirect(303, form.form.redirectUrl ?? `/f/${formId}/thanks`);
  }

  private async find(formId: string): Promise<PublicForm | null> {
    if (!UUID.test(formId)) return null;
    try {
      return await this.signups.publicForm(formId);
    } catch (error) {
      if (error instanceof NotFoundException) return null;
      throw error;
    }
  }

  private markup(form: PublicForm, values?: Record<string, unknown>, errors?: { field: string; message: string }[]) {
    return { action: `/f/${form.form.id}`, fields: form.form.fields, rules: form.rules, consentText: form.consentText, values, errors };
  }

  private missing(json: boolean, res: Response, formId: string): void {
    if (json) throw new NotFoundException(`Form ${formId} not found`);
    this.notFound(res);
  }

  private notFound(res: Response): void {
    res.status(404).type('html').send(brandedPage('Form not found', paragraphs(NOT_FOUND_TEXT), { name: '', postalAddress: '' }));
  }

  /**
   * The page's own policy: the form may post only here, and the browser may then follow the
   * redirect to the form's redirect URL (Chrome applies form-action to redirects too).
   */
  private formPolicy(res: Response, form: PublicForm): void {
    const redirect = form.form.redirectUrl ? ` ${new URL(form.form.redirectUrl).origin}` : '';
    res.set(
      'Content-Security-Policy',
      `default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; script-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'${redirect}`,
    );
  }
}

/** Confirmation links of double opt-in emails. GET confirms: the link is the person's answer to the email they asked for. */
@ApiTags('forms')
@Public()
@Controller('confirm')
export class ConfirmController {
  constructor(private readonly signups: SignupsService) {}

  @Get(':token')
  @ApiOperation({ summary: 'Confirm a signup (double opt-in): subscribes the form’s topics; opening it twice is harmless' })
  @ApiResponse({ status: 200, description: 'Confirmed (HTML page)', content: HTML })
  @ApiResponse({ status: 400, description: 'Not a confirmation link (HTML page)', content: HTML })
  @ApiResponse({ status: 410, description: 'The link is older than 7 days (HTML page)', content: HTML })
  async confirm(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.set('Cache-Control', 'no-store');
    const outcome = await this.signups.confirm(token, { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null });
    const branding = await this.signups.branding();
    if (outcome.kind === 'invalid') {
      res.status(400).type('html').send(brandedPage('Link not valid', paragraphs('This confirmation link is broken. Use the link from the most recent confirmation email, or sign up again.'), branding));
      return;
    }
    if (outcome.kind === 'expired') {
      res.status(410).type('html').send(brandedPage('Link expired', paragraphs('This confirmation link is more than 7 days old. Sign up again to get a new one.'), branding));
      return;
    }
    const message = outcome.form?.successMessage ? [outcome.form.successMessage] : [];
    res.type('html').send(brandedPage('Subscription confirmed', paragraphs('Thank you: your address is confirmed and your subscription is active.', ...message), branding));
  }
}
