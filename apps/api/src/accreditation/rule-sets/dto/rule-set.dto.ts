import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsObject, IsString, Matches, MaxLength, Min } from 'class-validator';

const CODE = /^[a-z][a-z0-9_]{0,59}$/;
const CODE_MESSAGE = 'must be lower_snake_case, starting with a letter, at most 60 characters';

export class CopyRuleSetDto {
  @ApiProperty({
    description: 'A preset code or one of the programme’s rule sets.',
    example: 'aviguk_18_cycle',
  })
  @IsString({ message: 'from must be a rule set code' })
  @MaxLength(60)
  from: string;

  @ApiProperty({ example: 'babies1st_2022' })
  @Matches(CODE, { message: `code ${CODE_MESSAGE}` })
  code: string;

  @ApiProperty({ example: 'Babies1st 2022 route' })
  @IsString({ message: 'name must be text' })
  @MaxLength(200)
  name: string;
}

export class UpdateRuleSetDto {
  @ApiProperty({ description: 'The version you read: a stale one gets 409.' })
  @IsInt({ message: 'version must be the whole number you read with the rule set' })
  @Min(1)
  version: number;

  @ApiProperty({
    description:
      'The whole rule set in the domain’s RuleSet shape (name, initialCourseDays, groupSupervisionCredit, stages); its code cannot change.',
  })
  @IsObject({ message: 'definition must be an object' })
  definition: Record<string, unknown>;
}

export class RuleSetInForceDto {
  @ApiProperty({ example: 'aviguk_18_cycle' })
  @Matches(CODE, { message: `code ${CODE_MESSAGE}` })
  code: string;
}
