import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/decorators/auth.decorators';
import { ScopeArea } from '../../common/decorators/scope-area.decorator';
import { ProblemException, validationProblem } from '../../common/filters/problem';
import { createValidationPipe } from '../../common/pipes/validation.pipe';
import { uuidParam } from '../../common/pipes/uuid.pipe';
import { ConsentEventDto, SubscriptionChangeDto, SubscriptionChangesDto, SubscriptionDto } from './dto/topic.dto';
import { SubscriptionsService } from './subscriptions.service';

/**
 * The body is a bare list; it is checked as `{changes: body}` and the errors are named by their
 * place in the list (`0.status`), as the caller wrote it.
 */
async function checkChanges(body: unknown): Promise<SubscriptionChangeDto[]> {
  if (!Array.isArray(body)) throw validationProblem([{ field: 'body', message: 'must be a list of {topicId, status}' }]);
  try {
    const dto = (await createValidationPipe().transform({ changes: body }, { type: 'body', metatype: SubscriptionChangesDto })) as SubscriptionChangesDto;
    return dto.changes;
  } catch (error) {
    const errors = error instanceof ProblemException ? error.extras.errors : undefined;
    if (!errors) throw error;
    throw validationProblem(errors.map((e) => ({ field: e.field === 'changes' ? 'body' : e.field.replace(/^changes\./, ''), message: e.message })));
  }
}

@ApiTags('consent')
@ApiBearerAuth()
@ScopeArea('emails')
@Controller('contacts/:id')
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Get('subscriptions')
  @ApiOperation({ summary: 'The contact’s status for every topic (without a choice: the topic’s default)' })
  @ApiOkResponse({ type: [SubscriptionDto] })
  list(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<SubscriptionDto[]> {
    return this.subscriptions.list(user, id);
  }

  @Patch('subscriptions')
  @ApiOperation({ summary: 'Subscribe or unsubscribe the contact per topic; each change is recorded in the consent history (source manual, or api with an API key)' })
  @ApiBody({ type: [SubscriptionChangeDto] })
  @ApiOkResponse({ type: [SubscriptionDto] })
  async update(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() body: unknown): Promise<SubscriptionDto[]> {
    return this.subscriptions.update(user, id, await checkChanges(body));
  }

  @Get('consents')
  @ApiOperation({ summary: 'The contact’s consent history, oldest first (append-only)' })
  @ApiOkResponse({ type: [ConsentEventDto] })
  consents(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<ConsentEventDto[]> {
    return this.subscriptions.consents(user, id);
  }
}
