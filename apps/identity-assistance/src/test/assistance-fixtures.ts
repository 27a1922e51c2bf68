import request from 'supertest';
import { TestService } from '@facile/platform/testing';
import { AssistanceConfig } from '../identity-assistance.config';

export const citizen = {
  firstName: 'Maria',
  lastName: 'Rossi',
  fiscalCode: 'RSSMRA85T10A562S',
  email: 'maria@example.org',
  phone: '+39 333 1234567',
  birthYear: 1985,
};

export const openCase = (svc: TestService<AssistanceConfig>, body: Record<string, unknown>) =>
  request(svc.app.getHttpServer())
    .post('/assistance/v1/cases')
    .send({ topic: 'spid-activation', tenant: 'cesena', citizen, has: [], channel: 'online', ...body });

export const facilitation = {
  activityType: 'individual-facilitation',
  ageBand: '30-54',
  gender: 'female',
  education: 'degree',
  employment: 'employee',
  serviceArea: 'digital-identity',
};
