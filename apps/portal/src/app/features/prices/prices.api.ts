import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Page } from '@attune/contract';
import { Observable } from 'rxjs';
import { PriceList, PriceWrite } from './prices.models';

const PATHS: Readonly<Record<PriceList, string>> = {
  unitCosts: 'unit-costs',
  priceIndex: 'price-index',
  resources: 'resources',
};

/** The economist's prices: unit costs, price index and resources, each write also as a dry run. */
@Injectable({ providedIn: 'root' })
export class PricesApi {
  private readonly http = inject(HttpClient);

  /** The whole list (a programme has few: the API's largest page). */
  list<T>(programmeId: string, list: PriceList): Observable<Page<T>> {
    return this.http.get<Page<T>>(this.url(programmeId, list), {
      params: { pageSize: 1000 },
    });
  }

  /** The write; with `dryRun` the API answers a DryRunResult and writes nothing. */
  write(programmeId: string, write: PriceWrite, dryRun: boolean): Observable<unknown> {
    const base = this.url(programmeId, write.list);
    const params: Record<string, string | number> = dryRun ? { dryRun: 'true' } : {};
    switch (write.op) {
      case 'create':
        return this.http.post(base, write.input, { params });
      case 'update':
        return this.http.patch(
          `${base}/${encodeURIComponent(write.id)}`,
          { ...write.input, version: write.version },
          { params },
        );
      case 'put':
        return this.http.put(`${base}/${write.year}`, write.input, { params });
      case 'delete': {
        const key = write.list === 'priceIndex' ? String(write.year) : write.id;
        return this.http.delete(`${base}/${encodeURIComponent(key)}`, {
          params: { ...params, version: write.version },
        });
      }
    }
  }

  private url(programmeId: string, list: PriceList): string {
    return `/api/programmes/${encodeURIComponent(programmeId)}/${PATHS[list]}`;
  }
}
