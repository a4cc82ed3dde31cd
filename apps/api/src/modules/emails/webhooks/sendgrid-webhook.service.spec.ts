import { AppConfig } from '../../../config/config';
import { ProblemException } from '../../../common/filters/problem';
import { SendgridWebhookService } from './sendgrid-webhook.service';

describe('SendgridWebhookService.handle', () => {
  // Refused before any event is applied, so nothing else is reached.
  const service = new SendgridWebhookService(null as never, null as never, null as never, null as never, null as never, null as never, {} as AppConfig);

  it('refuses more than 10000 events with a whole sentence naming the body', async () => {
    const refused = await service.handle(Array.from({ length: 10_001 }, () => ({}))).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ProblemException);
    expect((refused as ProblemException).extras.errors).toEqual([{ field: 'body', message: 'Send at most 10000 events per request' }]);
  });
});
