import type { agenda as italian } from '../it/agenda';

export const agenda: typeof italian = {
  title: "Today's agenda",
};
