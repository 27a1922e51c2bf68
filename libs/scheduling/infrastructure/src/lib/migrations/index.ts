import { SchedulingInit1764180000100 } from './1764180000100-scheduling-init';
import { SchedulingSitesBookings1764180000200 } from './1764180000200-scheduling-sites-bookings';
import { SchedulingRotations1764180000300 } from './1764180000300-scheduling-rotations';
import { SchedulingRotationServices1764180000400 } from './1764180000400-scheduling-rotation-services';
import { SchedulingSessionsQueue1764180000500 } from './1764180000500-scheduling-sessions-queue';
import { SchedulingStatistics1764180000600 } from './1764180000600-scheduling-statistics';
import { SchedulingStatisticsTicketNumbers1764180000601 } from './1764180000601-scheduling-statistics-ticket-numbers';
import { SchedulingTicketSequence1764180000700 } from './1764180000700-scheduling-ticket-sequence';
import { SchedulingHoldClients1764180000800 } from './1764180000800-scheduling-hold-clients';
import { SchedulingPendingBookings1764180000900 } from './1764180000900-scheduling-pending-bookings';
import { SchedulingBookingNote1764180001000 } from './1764180001000-scheduling-booking-note';
import { SchedulingHoldCreated1764180001100 } from './1764180001100-scheduling-hold-created';
import { SchedulingSitesCalendarQueueRowLevelSecurity1764180001200 } from './1764180001200-scheduling-sites-calendar-queue-row-level-security';
import { SchedulingSessionsMessagingRowLevelSecurity1764180001300 } from './1764180001300-scheduling-sessions-messaging-row-level-security';
import { SchedulingStatisticsFlowIndexes1764180001400 } from './1764180001400-scheduling-statistics-flow-indexes';

/** In order. A new migration is appended, never edited in place. */
export const schedulingMigrations = [
  SchedulingInit1764180000100,
  SchedulingSitesBookings1764180000200,
  SchedulingRotations1764180000300,
  SchedulingRotationServices1764180000400,
  SchedulingSessionsQueue1764180000500,
  SchedulingStatistics1764180000600,
  SchedulingStatisticsTicketNumbers1764180000601,
  SchedulingTicketSequence1764180000700,
  SchedulingHoldClients1764180000800,
  SchedulingPendingBookings1764180000900,
  SchedulingBookingNote1764180001000,
  SchedulingHoldCreated1764180001100,
  SchedulingSitesCalendarQueueRowLevelSecurity1764180001200,
  SchedulingSessionsMessagingRowLevelSecurity1764180001300,
  SchedulingStatisticsFlowIndexes1764180001400,
];
