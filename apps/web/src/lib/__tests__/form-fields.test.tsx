import { ApiError } from '@corral/api-client';
import { act, renderHook } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { problem } from '../../testing/fake-api';
import { showProblem } from '../form-fields';

interface Values {
  name: string;
  company: string;
  stages: { name: string }[];
}

function setup() {
  return renderHook(() => useForm<Values>({ defaultValues: { name: '', company: '', stages: [{ name: '' }] } })).result;
}

const refused = (errors: { field: string; message: string }[]) => new ApiError(400, problem(400, 'Validation failed', errors));

describe('showProblem', () => {
  it('puts each field error under its field and leaves the top empty', () => {
    const form = setup();
    let top: string | null = 'unset';
    act(() => {
      top = showProblem(form.current, refused([{ field: 'name', message: 'name must not be empty' }]), ['name', 'company']);
    });
    expect(top).toBeNull();
    expect(form.current.getFieldState('name').error?.message).toBe('Name must not be empty');
    expect(form.current.getFieldState('company').error).toBeUndefined();
  });

  it('maps the API’s names to the form’s, nested paths included, joining two messages for one field', () => {
    const form = setup();
    act(() => {
      showProblem(
        form.current,
        refused([
          { field: 'companyId', message: 'company does not exist' },
          { field: 'stages.0.name', message: 'stage name must not be empty' },
          { field: 'stages.0.id', message: 'stage belongs to another pipeline' },
        ]),
        { companyId: 'company', 'stages.0.name': 'stages.0.name', 'stages.0.id': 'stages.0.name' },
      );
    });
    expect(form.current.getFieldState('company').error?.message).toBe('Company does not exist');
    expect(form.current.getFieldState('stages.0.name').error?.message).toBe('Stage name must not be empty; Stage belongs to another pipeline');
  });

  it('joins two messages of one field, the first capitalised', () => {
    const form = setup();
    act(() => {
      showProblem(form.current, refused([{ field: 'name', message: 'must be a string' }, { field: 'name', message: 'must be at most 200 characters' }]), ['name']);
    });
    expect(form.current.getFieldState('name').error?.message).toBe('Must be a string; must be at most 200 characters');
  });

  it('returns the messages of fields the form does not show, so none is lost', () => {
    const form = setup();
    let top: string | null = null;
    act(() => {
      top = showProblem(form.current, refused([{ field: 'name', message: 'name is taken' }, { field: 'replyTo', message: 'reply-to must be an email address' }]), ['name']);
    });
    expect(top).toBe('Reply-to must be an email address');
    expect(form.current.getFieldState('name').error?.message).toBe('Name is taken');
  });

  it('returns the API’s detail, or a sentence for a network failure, when no field is named', () => {
    const form = setup();
    expect(showProblem(form.current, new ApiError(409, problem(409, 'A pipeline named Sales exists')), ['name'])).toBe('A pipeline named Sales exists');
    expect(showProblem(form.current, new TypeError('Failed to fetch'), ['name'])).toBe('Cannot reach the server. Check your connection and try again.');
  });
});
