import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Min } from 'class-validator';

/** The version of a record the caller read: an edit or delete with a stale one gets 409 and changes nothing. */
export class VersionDto {
  @ApiProperty({ description: 'The version you read: a stale one gets 409 and nothing changes.' })
  @Type(() => Number)
  @IsInt({ message: 'version must be the whole number you read with the record' })
  @Min(1)
  version: number;
}
