import { checkTemplate } from './template-check';

const allowed = ['firstName', 'code', 'previousDate'];

describe('template check', () => {
  it('accepts known variables and if/unless blocks', () => {
    expect(
      checkTemplate('Ciao {{firstName}} {{code}}{{#if previousDate}} (era {{previousDate}}){{/if}}', allowed),
    ).toBeNull();
  });
  it('refuses a template that does not compile', () => {
    expect(checkTemplate('Ciao {{firstName', allowed)).toMatch(/does not compile/);
  });
  it('refuses unknown variables, nested paths and helpers', () => {
    expect(checkTemplate('{{fiscalCode}}', allowed)).toMatch(/fiscalCode/);
    expect(checkTemplate('{{citizen.email}}', allowed)).toMatch(/citizen.email/);
    expect(checkTemplate('{{#each code}}x{{/each}}', allowed)).toMatch(/helper each/);
    expect(checkTemplate('{{lookup code 1}}', allowed)).toMatch(/helper lookup/);
  });
});
