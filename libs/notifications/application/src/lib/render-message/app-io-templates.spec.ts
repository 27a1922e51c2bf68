import { appIoContentProblem } from '@facile/notifications/domain';
import {
  APP_IO_TEMPLATE_MARKDOWN_MAX,
  CASE_SESSION_APPIO_TEMPLATES,
  DEFAULT_APPIO_TEMPLATES,
} from './app-io-templates';
import { SAMPLE_BOOKING_VARIABLES } from './default-templates';
import { renderTemplate } from './render-message';

const caseVariables = {
  firstName: 'Maria',
  lastName: 'Rossi',
  code: 'K7Q2XM',
  topic: 'spid',
  checklist: '- documento',
  nextSteps: '- appuntamento',
  outcome: 'resolved',
  title: 'Corso SPID',
  site: 'cesena-centro',
  date: '12/03/2027',
  time: '09:30',
  reason: '',
  municipality: 'Comune di Cesena',
};

describe('default App IO templates', () => {
  it('render, for every booking message and locale, within the IO limits', () => {
    for (const byLocale of Object.values(DEFAULT_APPIO_TEMPLATES))
      for (const t of Object.values(byLocale)) {
        const m = renderTemplate(t, SAMPLE_BOOKING_VARIABLES);
        expect(appIoContentProblem(m.subject, m.body, APP_IO_TEMPLATE_MARKDOWN_MAX)).toBeNull();
      }
  });
  it('render the case and session messages within the limits, keeping their line breaks', () => {
    for (const byLocale of Object.values(CASE_SESSION_APPIO_TEMPLATES))
      for (const t of Object.values(byLocale)) {
        const m = renderTemplate(t, caseVariables);
        expect(appIoContentProblem(m.subject, m.body)).toBeNull();
      }
    expect(CASE_SESSION_APPIO_TEMPLATES['assistance.case.opened'].it.body).toContain('Cosa portare:  \n');
  });
});
