import { Module } from '@nestjs/common';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { LocalAuthoritiesController } from './local-authorities.controller';
import { LocalAuthoritiesRepository } from './local-authorities.repository';
import { LocalAuthoritiesService } from './local-authorities.service';

/** A programme's local authorities: listed by role, added and renamed by admins. */
@Module({
  imports: [ProgrammeContextModule],
  controllers: [LocalAuthoritiesController],
  providers: [LocalAuthoritiesService, LocalAuthoritiesRepository],
})
export class LocalAuthoritiesModule {}
