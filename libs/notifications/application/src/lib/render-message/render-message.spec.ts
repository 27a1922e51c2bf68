import { DEFAULT_APPIO_TEMPLATES } from './app-io-templates';
import {
  BookingMessageVariables,
  DEFAULT_EMAIL_TEMPLATES,
  SAMPLE_BOOKING_VARIABLES,
} from './default-templates';
import { localeOf, renderDefaultEmail, renderTemplate } from './render-message';

const vars: BookingMessageVariables = {
  firstName: 'Maria',
  lastName: 'Rossi',
  code: 'ABC123',
  services: 'carta-identita-elettronica',
  site: 'cesena-centro',
  date: '12/03/2026',
  time: '09:30',
  municipality: 'Comune di Cesena',
  manageLink: 'https://prenota.example.it/prenotazioni/gestisci#ABC123.dG9rZW4tZm9yLXRlc3Rz',
};

describe('message rendering', () => {
  it('renders the Italian confirmation by default', () => {
    const m = renderDefaultEmail('scheduling.booking.created', localeOf(undefined), vars);
    expect(m.subject).toBe('Appuntamento confermato ABC123');
    expect(m.body).toContain('Gentile Maria Rossi');
    expect(m.body).toContain('12/03/2026 alle 09:30');
  });
  it('renders English when the citizen asked for it', () => {
    const m = renderDefaultEmail('scheduling.booking.cancelled', localeOf('en'), vars);
    expect(m.subject).toBe('Appointment cancelled ABC123');
  });
  it('refuses a template that uses an unknown variable', () => {
    expect(() => renderTemplate({ subject: 'x {{nope}}', body: 'y' }, vars)).toThrow(/nope/);
  });
  it.each([
    'scheduling.booking.created',
    'scheduling.booking.rescheduled',
    'scheduling.booking.reminder',
    'scheduling.booking.affected-by-closure',
  ] as const)(
    'carries the manage link in the %s e-mail and App IO message, in Italian and English',
    (type) => {
      for (const locale of ['it', 'en'] as const) {
        expect(
          renderTemplate(DEFAULT_EMAIL_TEMPLATES[type][locale], { ...SAMPLE_BOOKING_VARIABLES, ...vars })
            .body,
        ).toContain(vars.manageLink);
        expect(
          renderTemplate(DEFAULT_APPIO_TEMPLATES[type][locale], { ...SAMPLE_BOOKING_VARIABLES, ...vars })
            .body,
        ).toContain(`](${vars.manageLink})`);
      }
    },
  );
  it('puts no manage link in a cancellation or a confirmation request', () => {
    for (const type of ['scheduling.booking.cancelled', 'scheduling.booking.requested'] as const)
      expect(DEFAULT_EMAIL_TEMPLATES[type].it.body).not.toContain('manageLink');
  });
});
