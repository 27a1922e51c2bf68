import { ApiProblem } from '@facile/web/api-client';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FORM,
  FACILITATION_FIELDS,
  failureOf,
  fieldErrorsOf,
  pageOf,
  transitionBody,
  transitionsOffered,
  validateTransition,
  type Facilitation,
} from './case-model';

const facilitation: Facilitation = {
  ageBand: '55-74',
  gender: 'female',
  education: 'upper-secondary',
  employment: 'retired',
  serviceArea: 'digital-identity',
  activityType: 'individual-facilitation',
};
const problem = (status: number, errors: { field: string; message: string }[] = [], type = 'about:blank') =>
  new ApiProblem({ type, title: 't', status, detail: '', errors });

describe('which moves the case screen offers', () => {
  it('offers exactly what the API allows, in lifecycle order', () => {
    expect(transitionsOffered({ allowedTransitions: ['abandoned', 'in_progress', 'scheduled'] })).toEqual([
      'scheduled',
      'in_progress',
      'abandoned',
    ]);
    expect(transitionsOffered({ allowedTransitions: [] })).toEqual([]);
  });
});

describe('the transition form', () => {
  it('needs a move', () => {
    expect(validateTransition(EMPTY_FORM)).toEqual({ to: 'errors.toRequired' });
  });
  it('needs an outcome and the six facilitation attributes to resolve', () => {
    const errors = validateTransition({ ...EMPTY_FORM, to: 'resolved' });
    expect(errors['outcome']).toBe('errors.outcomeRequired');
    expect(Object.keys(errors).filter((k) => k.startsWith('facilitation.'))).toHaveLength(6);
    expect(
      validateTransition({ ...EMPTY_FORM, to: 'resolved', outcome: 'spid-activated', facilitation }),
    ).toEqual({});
  });
  it('asks no outcome for a referral, but the facilitation data, and nothing for starting work', () => {
    const errors = validateTransition({ ...EMPTY_FORM, to: 'referred' });
    expect(errors['outcome']).toBeUndefined();
    expect(Object.keys(errors)).toHaveLength(FACILITATION_FIELDS.length);
    expect(validateTransition({ ...EMPTY_FORM, to: 'in_progress' })).toEqual({});
  });
  it('limits the note to 1000 characters', () => {
    expect(validateTransition({ ...EMPTY_FORM, to: 'abandoned', note: 'x'.repeat(1001) })).toEqual({
      note: 'errors.noteTooLong',
    });
  });
  it('sends outcome and facilitation only with a closing move, and a trimmed note only when given', () => {
    expect(
      transitionBody({
        ...EMPTY_FORM,
        to: 'in_progress',
        outcome: 'spid-activated',
        facilitation,
        note: ' ',
      }),
    ).toEqual({ to: 'in_progress' });
    expect(
      transitionBody({
        ...EMPTY_FORM,
        to: 'resolved',
        outcome: 'spid-activated',
        facilitation,
        note: ' ok ',
      }),
    ).toEqual({ to: 'resolved', outcome: 'spid-activated', facilitation, note: 'ok' });
  });
});

describe('what a failed move tells the operator', () => {
  it('sorts the failures into their ways forward', () => {
    expect(failureOf(problem(409))).toBe('conflict');
    expect(failureOf(problem(403))).toBe('forbidden');
    expect(failureOf(problem(404))).toBe('gone');
    expect(failureOf(problem(401))).toBe('session');
    expect(failureOf(problem(400))).toBe('fields');
    expect(failureOf(problem(422))).toBe('fields');
    expect(failureOf(problem(503))).toBe('unavailable');
    expect(failureOf(ApiProblem.network(new TypeError('fetch failed')))).toBe('network');
    expect(failureOf(new Error('?'))).toBe('network');
  });
  it('puts a credential-looking note’s refusal next to the note', () => {
    const refused = problem(400, [
      {
        field: 'note',
        message: 'looks like a password, PIN, PUK or OTP: credentials must never be written down',
      },
    ]);
    expect(fieldErrorsOf(refused)).toEqual({ note: 'errors.noteCredential' });
    expect(fieldErrorsOf(problem(400, [{ field: 'note', message: 'must be shorter' }]))).toEqual({
      note: 'errors.noteRefused',
    });
  });
  it('maps the outcome and facilitation refusals to their fields, anything else to the form', () => {
    expect(fieldErrorsOf(problem(422, [], 'https://x/problems/outcome-required'))).toEqual({
      outcome: 'errors.outcomeRequired',
    });
    expect(fieldErrorsOf(problem(400, [{ field: 'facilitation.gender', message: 'bad' }]))).toEqual({
      'facilitation.gender': 'errors.facilitationRequired',
    });
    expect(fieldErrorsOf(problem(400))).toEqual({ form: 'errors.refused' });
  });
});

describe('paging the list', () => {
  const items = Array.from({ length: 45 }, (_, i) => i);
  it('cuts pages of the given size and keeps the page in range', () => {
    expect(pageOf(items, 1, 20)).toEqual({ items: items.slice(0, 20), page: 1, pages: 3 });
    expect(pageOf(items, 3, 20).items).toEqual([40, 41, 42, 43, 44]);
    expect(pageOf(items, 9, 20).page).toBe(3);
    expect(pageOf(items, Number.NaN, 20).page).toBe(1);
    expect(pageOf([], 1, 20)).toEqual({ items: [], page: 1, pages: 1 });
  });
});
