import type { assistance as italian } from '../it/assistance';

export const assistance: typeof italian = {
  title: 'Help with SPID, CIE and digital domicile',
};
