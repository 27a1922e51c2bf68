import { allowedTransitions, assertTransition, canTransition } from './case-lifecycle';
import { buildChecklist, checkAge, isMinor } from './checklist';
import { credentialFields, credentialNotes } from './credentials';
import { Topic } from './topic';

const spid: Topic = {
  id: 'spid-activation',
  title: { it: 'SPID', en: 'SPID' },
  durationMinutes: 20,
  minAge: 18,
  prerequisites: [
    { id: 'id-document', label: 'Documento' },
    { id: 'lepidaid-registration', label: 'Registrazione LepidaID' },
  ],
};
const cie: Topic = {
  id: 'cie-request',
  title: { it: 'CIE', en: 'CIE' },
  durationMinutes: 20,
  prerequisites: [
    { id: 'photo', label: 'Foto' },
    { id: 'fee', label: 'Costo' },
    { id: 'parents-consent', label: 'Assenso', onlyIf: 'minor' },
  ],
};

describe('case state machine', () => {
  it('follows open → scheduled → in_progress → resolved', () => {
    expect(canTransition('open', 'scheduled')).toBe(true);
    expect(canTransition('scheduled', 'in_progress')).toBe(true);
    expect(() => assertTransition('in_progress', 'resolved', 'spid-activated')).not.toThrow();
  });
  it('refuses transitions out of closed states and skipping in_progress (409)', () => {
    expect(() => assertTransition('resolved', 'open')).toThrow(expect.objectContaining({ status: 409 }));
    expect(() => assertTransition('open', 'resolved', 'spid-activated')).toThrow(
      expect.objectContaining({ status: 409 }),
    );
    expect(() => assertTransition('in_progress', 'cancelled')).toThrow(
      expect.objectContaining({ status: 409 }),
    );
  });
  it('lists the transitions allowed from each status, none once closed', () => {
    expect(allowedTransitions('in_progress')).toEqual(['resolved', 'referred', 'abandoned']);
    expect(allowedTransitions('open')).toContain('in_progress');
    expect(allowedTransitions('open')).not.toContain('resolved');
    expect(allowedTransitions('resolved')).toEqual([]);
    for (const to of allowedTransitions('scheduled')) expect(canTransition('scheduled', to)).toBe(true);
  });
  it('requires an outcome to resolve (422)', () => {
    expect(() => assertTransition('in_progress', 'resolved')).toThrow(
      expect.objectContaining({ status: 422, code: 'outcome-required' }),
    );
  });
});

describe('checklist rules', () => {
  it('marks each prerequisite satisfied or missing, with next steps', () => {
    const c = buildChecklist(spid, ['id-document'], { minor: false });
    expect(c.checklist).toEqual([
      { id: 'id-document', label: 'Documento', satisfied: true },
      { id: 'lepidaid-registration', label: 'Registrazione LepidaID', satisfied: false },
    ]);
    expect(c.missing).toEqual(['lepidaid-registration']);
    expect(c.nextSteps.join(' ')).toContain('id.lepida.it');
  });
  it('refuses prerequisites that are not the topic’s (400)', () => {
    expect(() => buildChecklist(spid, ['photo'], { minor: false })).toThrow(
      expect.objectContaining({ status: 400 }),
    );
  });
  it('adds the parents’ consent only for a minor', () => {
    expect(buildChecklist(cie, [], { minor: false }).missing).toEqual(['photo', 'fee']);
    expect(buildChecklist(cie, [], { minor: true }).missing).toEqual(['photo', 'fee', 'parents-consent']);
  });
});

describe('age rules', () => {
  it('refuses SPID for a minor with the reason (422)', () => {
    expect(() => checkAge(spid, 2015, 2026)).toThrow(
      expect.objectContaining({ status: 422, message: expect.stringContaining('minor') }),
    );
    expect(() => checkAge(spid, 2000, 2026)).not.toThrow();
  });
  it('refuses a birth year in the future (400)', () => {
    expect(() => checkAge(cie, 2030, 2026)).toThrow(expect.objectContaining({ status: 400 }));
  });
  it('knows a certain minor', () => {
    expect(isMinor(2010, 2026)).toBe(true);
    expect(isMinor(2008, 2026)).toBe(false);
    expect(isMinor(undefined, 2026)).toBe(false);
  });
});

describe('credential detection', () => {
  it('finds credential fields at any depth', () => {
    expect(
      credentialFields({ topic: 'x', citizen: { firstName: 'A', pin: '1234' }, extra: [{ OTP: '1' }] }),
    ).toEqual(['citizen.pin', 'extra[0].OTP']);
    expect(credentialFields({ citizen: { firstName: 'A' }, has: ['pin'] })).toEqual([]);
  });
});

describe('credential-looking notes', () => {
  it('names the note fields that look like credentials, only those', () => {
    expect(credentialNotes({ to: 'resolved', note: 'PIN 4821', outcome: 'pin-puk-reprinted' })).toEqual([
      'note',
    ]);
    expect(credentialNotes({ to: 'resolved', note: 'tutto a posto', has: ['pin'] })).toEqual([]);
  });
});
