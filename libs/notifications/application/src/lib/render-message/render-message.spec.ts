import { BookingMessageVariables } from './default-templates';
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
});
