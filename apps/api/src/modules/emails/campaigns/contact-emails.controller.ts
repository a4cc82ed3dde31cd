import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../../common/decorators/auth.decorators';
import { ScopeArea } from '../../../common/decorators/scope-area.decorator';
import { uuidParam } from '../../../common/pipes/uuid.pipe';
import { EmailLogListQueryDto, EmailLogPageDto } from './campaign.dto';
import { CampaignsService } from './campaigns.service';

@ApiTags('contacts')
@ApiBearerAuth()
@ScopeArea('emails')
@Controller('contacts')
export class ContactEmailsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get(':id/emails')
  @ApiOperation({ summary: 'Emails sent to a contact (campaigns and workflows), newest first; 404 when not visible' })
  @ApiOkResponse({ type: EmailLogPageDto })
  list(@Param('id', uuidParam()) id: string, @Query() query: EmailLogListQueryDto, @CurrentUser() user: AuthUser): Promise<EmailLogPageDto> {
    return this.campaigns.contactEmails(id, query, user);
  }
}
