import { CreateWorkflowDto } from '../../modules/automations/dto/workflow.dto';
import { CreateUserDto } from '../../modules/users/dto/user.dto';
import { ProblemException } from '../filters/problem';
import { createValidationPipe } from './validation.pipe';

async function errorsOf(metatype: new () => object, body: unknown) {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype });
  } catch (error) {
    if (error instanceof ProblemException) return error.extras.errors;
    throw error;
  }
  throw new Error('the body was accepted');
}

describe('validation pipe', () => {
  it('says a value of the wrong kind is of the wrong kind, not that it breaks a length or range rule', async () => {
    const user = await errorsOf(CreateUserDto, { email: 123, name: 'Ann', role: 'member' });
    expect(user).toEqual([{ field: 'email', message: expect.stringMatching(/valid email address$/) }]);
    const workflow = await errorsOf(CreateWorkflowDto, { name: 'W', triggerEvent: 'manual', steps: [{ action: 'wait', delayMinutes: 'a' }] });
    expect(workflow).toEqual([{ field: 'steps.0.delayMinutes', message: expect.stringMatching(/must be a whole number of minutes$/) }]);
  });

  it('still gives one message per field: the first rule a value of the right kind breaks', async () => {
    const user = await errorsOf(CreateUserDto, { email: 'ann@example.com', name: 'x'.repeat(201), role: 'member' });
    expect(user).toEqual([{ field: 'name', message: expect.stringMatching(/at most 200 characters$/) }]);
    expect(await errorsOf(CreateUserDto, { email: 'ann@example.com', name: ' ', role: 'member' })).toEqual([
      { field: 'name', message: expect.stringMatching(/must not be empty$/) },
    ]);
    const workflow = await errorsOf(CreateWorkflowDto, { name: 'W', triggerEvent: 'manual', steps: [{ action: 'wait', delayMinutes: 600_000 }] });
    expect(workflow).toEqual([{ field: 'steps.0.delayMinutes', message: expect.stringMatching(/must be at most one year$/) }]);
  });
});
