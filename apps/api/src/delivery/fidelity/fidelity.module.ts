import { Module } from '@nestjs/common';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { FidelityController } from './fidelity.controller';
import { FidelityRepository } from './fidelity.repository';
import { FidelityService } from './fidelity.service';

/** Fidelity totals per practitioner, LA and programme (GET /api/programmes/:id/fidelity). */
@Module({
  imports: [ProgrammeContextModule],
  controllers: [FidelityController],
  providers: [FidelityService, FidelityRepository],
})
export class FidelityModule {}
