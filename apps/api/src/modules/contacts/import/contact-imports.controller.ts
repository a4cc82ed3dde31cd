import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { stringify } from 'csv-stringify/sync';
import type { Request, Response } from 'express';
import { AuthUser, CurrentUser } from '../../../common/decorators/auth.decorators';
import { ScopeArea } from '../../../common/decorators/scope-area.decorator';
import { uuidParam } from '../../../common/pipes/uuid.pipe';
import { escapeFormula } from '../contact-exporter';
import { IMPORT_BODY_SCHEMA, ImportPreviewDto, ImportStartedDto, ImportStatusDto, PREVIEW_BODY_SCHEMA } from '../dto/import.dto';
import { ContactImportsService } from './contact-imports.service';

/** Declared before ContactsController so `/contacts/import…` never reaches `/contacts/:id`. */
@ApiTags('contacts')
@ApiBearerAuth()
@ScopeArea('contacts')
@Controller('contacts')
export class ContactImportsController {
  constructor(private readonly imports: ContactImportsService) {}

  @Post('import')
  @HttpCode(202)
  @ApiOperation({ summary: 'Import contacts from a CSV (runs as a job; poll GET /api/contacts/imports/:id)' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: IMPORT_BODY_SCHEMA })
  @ApiAcceptedResponse({ type: ImportStartedDto })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 50 MB' })
  async start(@CurrentUser() user: AuthUser, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<ImportStartedDto> {
    const job = await this.imports.start(user, req, res);
    return { id: job.id };
  }

  @Post('import/preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Read the first rows of a CSV and propose the column mapping (nothing is stored)' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: PREVIEW_BODY_SCHEMA })
  @ApiOkResponse({ type: ImportPreviewDto })
  preview(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<ImportPreviewDto> {
    return this.imports.preview(req, res);
  }

  @Get('imports/:id')
  @ApiOperation({ summary: 'Progress and result of an import' })
  @ApiOkResponse({ type: ImportStatusDto })
  async status(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<ImportStatusDto> {
    const job = await this.imports.getVisible(user, id);
    return ImportStatusDto.from(job, await this.imports.errors(id));
  }

  @Get('imports/:id/errors')
  @ApiOperation({ summary: 'Every row error of an import as CSV (row, message)' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ content: { 'text/csv': { schema: { type: 'string' } } } })
  async errorReport(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Res() res: Response): Promise<void> {
    const job = await this.imports.getVisible(user, id);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="import-errors-${job.id.slice(0, 8)}.csv"`);
    res.write('\uFEFF' + stringify([['row', 'message']]));
    for await (const page of this.imports.allErrors(id)) {
      res.write(stringify(page.map((e) => [String(e.row), escapeFormula(e.message)])));
    }
    res.end();
  }
}
