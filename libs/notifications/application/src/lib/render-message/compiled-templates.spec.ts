import { CompiledTemplates } from './compiled-templates';

describe('CompiledTemplates', () => {
  it('returns the same compiled function for the same source', () => {
    const templates = new CompiledTemplates(10);
    const first = templates.of('Gentile {{firstName}}');
    expect(templates.of('Gentile {{firstName}}')).toBe(first);
    expect(first({ firstName: 'Maria' })).toBe('Gentile Maria');
    expect(templates.size).toBe(1);
  });

  it('compiles a changed override anew and renders the new text', () => {
    const templates = new CompiledTemplates(10);
    const before = templates.of('Appuntamento {{code}}');
    const after = templates.of('Prenotazione {{code}} confermata');
    expect(after).not.toBe(before);
    expect(after({ code: 'AB12' })).toBe('Prenotazione AB12 confermata');
  });

  it('keeps strict variables and plain text', () => {
    const templates = new CompiledTemplates(10);
    expect(() => templates.of('{{nope}}')({})).toThrow(/nope/);
    expect(templates.of('{{site}}')({ site: 'Via Roma <1> & co' })).toBe('Via Roma <1> & co');
  });

  it('evicts the least recently used source beyond its capacity', () => {
    const templates = new CompiledTemplates(2);
    const a = templates.of('a');
    const b = templates.of('b');
    expect(templates.of('a')).toBe(a); // a is now the most recently used
    templates.of('c'); // evicts b
    expect(templates.size).toBe(2);
    expect(templates.of('a')).toBe(a);
    expect(templates.of('b')).not.toBe(b);
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new CompiledTemplates(0)).toThrow(RangeError);
  });
});
