import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProgrammeEntity } from './entities/programme.entity';
import { ProgrammesController } from './programmes.controller';
import { ProgrammesRepository } from './programmes.repository';
import { ProgrammesService } from './programmes.service';

/** The programmes the caller may see (GET /api/programmes). */
@Module({
  imports: [TypeOrmModule.forFeature([ProgrammeEntity])],
  controllers: [ProgrammesController],
  providers: [ProgrammesService, ProgrammesRepository],
  exports: [ProgrammesService],
})
export class ProgrammesModule {}
