import type { Resources } from './resources/it';

// Translation keys are checked by the type-check: a key missing from the Italian resources is an error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
  }
}
