import { citizenLink, parseCitizenLinkFragment } from './citizen-links';

describe('citizen links', () => {
  it('put code and token in the fragment of a citizen web page, and read back', () => {
    const link = citizenLink(
      'https://prenota.unionevallesavio.it/',
      'confirm',
      'K7Q2-XM4P',
      'AbC_dEf-0123456789xyzA',
    );
    expect(link).toBe(
      'https://prenota.unionevallesavio.it/prenotazioni/conferma#K7Q2-XM4P.AbC_dEf-0123456789xyzA',
    );
    expect(parseCitizenLinkFragment(new URL(link).hash)).toEqual({
      code: 'K7Q2-XM4P',
      token: 'AbC_dEf-0123456789xyzA',
    });
    expect(citizenLink('http://localhost:8080', 'manage', 'K7Q2-XM4P', 'AbC_dEf-0123456789xyzA')).toBe(
      'http://localhost:8080/prenotazioni/gestisci#K7Q2-XM4P.AbC_dEf-0123456789xyzA',
    );
  });

  it('refuse fragments that are not a code and a token', () => {
    for (const bad of ['', '#', '#K7Q2-XM4P', '#K7Q2-XM4P.short', '#<script>.AbC_dEf-0123456789xyzA'])
      expect(parseCitizenLinkFragment(bad)).toBeNull();
  });
});
