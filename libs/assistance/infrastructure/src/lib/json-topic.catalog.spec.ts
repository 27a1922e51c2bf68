import { FACILITATION_VOCABULARY } from '@facile/assistance/domain';
import { JsonTopicCatalog, seedVocabulary } from './json-topic.catalog';

describe('topics from assistance-topics.json', () => {
  it('keeps the contract ids and labels prerequisites', () => {
    const catalog = new JsonTopicCatalog({});
    expect(catalog.list().map((t) => t.id)).toEqual([
      'spid-activation',
      'spid-recovery',
      'cie-request',
      'cie-pin-puk',
      'cieid-activation',
      'digital-domicile',
      'app-io',
      'health-record',
      'pagopa',
      'email-pec',
      'online-services',
    ]);
    const spid = catalog.get('spid-activation');
    expect(spid?.minAge).toBe(18);
    expect(spid?.prerequisites[0]).toEqual({
      id: 'id-document',
      label: expect.stringContaining('Documento'),
    });
    expect(catalog.get('cie-request')?.prerequisites.find((p) => p.id === 'parents-consent')?.onlyIf).toBe(
      'minor',
    );
  });

  it('applies per-municipality overrides only to that municipality', () => {
    const catalog = new JsonTopicCatalog({ cesena: { pagopa: { durationMinutes: 45, minAge: 16 } } });
    expect(catalog.get('pagopa', 'cesena')).toMatchObject({ durationMinutes: 45, minAge: 16 });
    expect(catalog.get('pagopa', 'montiano')?.durationMinutes).toBe(20);
  });

  it('the domain vocabulary of facilitation attributes is the seed file’s', () => {
    expect(seedVocabulary()).toEqual(FACILITATION_VOCABULARY);
  });
});
