import { enCitizen, enDesk } from './en';
import { itCitizen, itDesk } from './it';

/** What one front end loads: its namespaces in every language (the other app's texts stay out of its bundle). */
export interface ResourceBundle {
  namespaces: readonly string[];
  resources: { it: Record<string, unknown>; en: Record<string, unknown> };
}

export const citizenResources: ResourceBundle = {
  namespaces: Object.keys(itCitizen),
  resources: { it: itCitizen, en: enCitizen },
};

export const deskResources: ResourceBundle = {
  namespaces: Object.keys(itDesk),
  resources: { it: itDesk, en: enDesk },
};
