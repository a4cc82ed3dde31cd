import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import { ScopeArea } from '../../common/decorators/scope-area.decorator';
import { uuidParam } from '../../common/pipes/uuid.pipe';
import { ContactDataExportDto } from './dto/contact-data-export.dto';
import { GdprService } from './gdpr.service';

@ApiTags('contacts')
@ApiBearerAuth()
@ScopeArea('contacts')
@Roles('admin', 'manager')
@Controller('contacts')
export class GdprController {
  constructor(private readonly gdpr: GdprService) {}

  @Get(':id/export')
  @ApiOperation({ summary: 'Everything held on the contact, as JSON (GDPR access request)' })
  @ApiOkResponse({ type: ContactDataExportDto })
  @ApiNotFoundResponse({ description: 'The contact does not exist' })
  export(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<ContactDataExportDto> {
    return this.gdpr.export(user, id);
  }

  @Post(':id/erase')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Erase the contact’s personal data (GDPR): the contact and its timeline go, deals and email counts stay without them, and the address is kept only as a hash so that nothing emails it again until a confirmed double opt-in',
  })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'The contact does not exist' })
  async erase(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<void> {
    await this.gdpr.erase(user, id);
  }
}
