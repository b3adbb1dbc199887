import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from './platform/config/config';
import { dataSourceOptions } from './platform/database/data-source';
import { HealthModule } from './platform/health/health.module';
import { featureModules } from './feature-modules';

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(
            databaseUrl,
            config.ATTUNE_DB_POOL_SIZE,
            [],
            config.DATABASE_REPLICA_URLS,
          ),
          // Each module's forFeature entities, and no others.
          autoLoadEntities: true,
        }),
        HealthModule,
        ...featureModules,
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
