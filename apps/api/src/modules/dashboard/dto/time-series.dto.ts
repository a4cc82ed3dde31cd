import { ApiProperty } from '@nestjs/swagger';
import { INTERVALS } from '../date-range';

export class TimeSeriesPointDto {
  /** First day of the bucket (UTC), YYYY-MM-DD. */
  @ApiProperty({ format: 'date', example: '2026-11-02' })
  date: string;
  /** Visible contacts created in the bucket. */
  @ApiProperty({ type: 'integer' })
  contactsCreated: number;
  /** Emails sent in the bucket (a member: to their contacts). */
  @ApiProperty({ type: 'integer' })
  emailsSent: number;
  /** Of the emails sent in the bucket, how many have been opened (so the series lines up with open rates). */
  @ApiProperty({ type: 'integer' })
  emailsOpened: number;
  /** Of the emails sent in the bucket, how many have had a link clicked. */
  @ApiProperty({ type: 'integer' })
  emailsClicked: number;
  /** Visible deals won with a close date in the bucket. */
  @ApiProperty({ type: 'integer' })
  dealsWon: number;
  /** Sum of those deals' values. */
  @ApiProperty()
  dealsWonValue: number;
}

/** Charts' data: one point per day or week of the range, zero-filled, oldest first. */
export class TimeSeriesDto {
  @ApiProperty({ enum: INTERVALS })
  interval: string;
  @ApiProperty({ format: 'date' })
  from: string;
  @ApiProperty({ format: 'date' })
  to: string;
  @ApiProperty({ type: [TimeSeriesPointDto] })
  points: TimeSeriesPointDto[];
}
