import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { STATISTICS_DIMENSIONS } from '@facile/scheduling/statistics-application';
import { EXAMPLE } from './openapi';

const count = (example: number, description?: string) =>
  ({ type: 'integer', minimum: 0, example, ...(description ? { description } : {}) }) as const;
/** A ratio, a median or a percentile: null when there is nothing to compute it from. */
const figure = (example: number, description: string) => ({
  type: Number,
  nullable: true,
  example,
  description,
});

@ApiSchema({ name: 'StatisticsBookings' })
export class StatisticsBookingsResponse {
  @ApiProperty(count(120)) made!: number;
  @ApiProperty(count(9)) cancelled!: number;
  @ApiProperty(count(98)) completed!: number;
  @ApiProperty(count(6)) noShows!: number;
  @ApiProperty(figure(0.0577, 'noShows / (completed + noShows)')) noShowRate!: number | null;
  @ApiProperty(figure(4320, 'Median minutes between booking and appointment')) medianLeadTimeMinutes!:
    number | null;
}

@ApiSchema({ name: 'StatisticsWalkIns' })
export class StatisticsWalkInsResponse {
  @ApiProperty(count(64)) issued!: number;
  @ApiProperty(count(60)) served!: number;
  @ApiProperty(figure(8, 'Median minutes from ticket to call')) medianWaitMinutes!: number | null;
  @ApiProperty(figure(21, '90th percentile of the same')) p90WaitMinutes!: number | null;
}

@ApiSchema({ name: 'StatisticsCapacity' })
export class StatisticsCapacityResponse {
  @ApiProperty(figure(16320, 'Counter minutes open by the calendar (null when grouped by tenant or service)'))
  offeredMinutes!: number | null;
  @ApiProperty({ type: Number, minimum: 0, example: 2400, description: 'Counter minutes booked and kept' })
  usedMinutes!: number;
  @ApiProperty(figure(0.1471, 'usedMinutes / offeredMinutes')) use!: number | null;
}

@ApiSchema({ name: 'StatisticsGroupSessions' })
export class StatisticsGroupSessionsResponse {
  @ApiProperty(count(30)) registered!: number;
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    nullable: true,
    example: 36,
    description: 'Seats offered (null: no sessions)',
  })
  seats!: number | null;
  @ApiProperty(figure(0.8333, 'registered / seats')) seatFill!: number | null;
  @ApiProperty(count(4)) waitingList!: number;
}

@ApiSchema({ name: 'StatisticsRow' })
export class StatisticsRowResponse {
  @ApiProperty({
    example: EXAMPLE.site,
    description: 'The site, tenant or service id, the date, 2027-W14 or 2027-04; `total` for the total',
  })
  key!: string;
  @ApiProperty({ type: StatisticsBookingsResponse }) bookings!: StatisticsBookingsResponse;
  @ApiProperty({ type: StatisticsWalkInsResponse }) walkIns!: StatisticsWalkInsResponse;
  @ApiProperty({ type: StatisticsCapacityResponse }) capacity!: StatisticsCapacityResponse;
  @ApiProperty({ type: StatisticsGroupSessionsResponse }) groupSessions!: StatisticsGroupSessionsResponse;
}

@ApiSchema({
  name: 'MunicipalityFlow',
  description: "Appointments of one municipality's citizens at another's sites",
})
export class MunicipalityFlowResponse {
  @ApiProperty({ example: EXAMPLE.otherTenant }) citizenTenant!: string;
  @ApiProperty({ example: EXAMPLE.tenant }) siteTenant!: string;
  @ApiProperty(count(14, 'Bookings not cancelled')) appointments!: number;
  @ApiProperty(count(12)) completed!: number;
}

@ApiSchema({ name: 'Statistics' })
export class StatisticsResponse {
  @ApiProperty({ format: 'date', example: '2027-01-01' }) from!: string;
  @ApiProperty({ format: 'date', example: '2027-12-31' }) to!: string;
  @ApiProperty({ enum: STATISTICS_DIMENSIONS, example: 'site' }) groupBy!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) tenant!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) site!: string | null;
  @ApiProperty({ type: [StatisticsRowResponse] }) rows!: StatisticsRowResponse[];
  @ApiProperty({ type: StatisticsRowResponse }) total!: StatisticsRowResponse;
  @ApiProperty({ type: [MunicipalityFlowResponse] }) crossMunicipality!: MunicipalityFlowResponse[];
}
