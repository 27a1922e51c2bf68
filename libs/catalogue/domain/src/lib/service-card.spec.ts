import { InvalidLifecycleTransitionError, ServiceCard, transition } from './service-card';

const draft: ServiceCard = {
  slug: 'carta-identita-elettronica',
  version: 1,
  status: 'draft',
  title: "Carta d'identità elettronica",
  summary: '',
  category: 'anagrafe-e-stato-civile',
  lifeEvents: [],
  keywords: [],
  bookable: true,
  walkIn: false,
  durationMinutes: 20,
  sections: {},
  offerings: [],
};

describe('service card lifecycle', () => {
  it('publishes a draft and bumps the version', () => {
    expect(transition(draft, 'published')).toMatchObject({ status: 'published', version: 2 });
  });

  it('refuses to publish a card twice', () => {
    expect(() => transition(transition(draft, 'published'), 'published')).toThrow(
      InvalidLifecycleTransitionError,
    );
  });

  it('retires a published card', () => {
    expect(transition(transition(draft, 'published'), 'retired').status).toBe('retired');
  });
});
