import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { Page, ProgrammeOption } from './programme.models';

@Injectable({ providedIn: 'root' })
export class ProgrammeApi {
  private readonly http = inject(HttpClient);

  /** The programmes the caller may see (the API scopes them), by name then import. */
  list(): Observable<ProgrammeOption[]> {
    return this.http
      .get<Page<ProgrammeOption>>('/api/programmes', {
        params: new HttpParams().set('pageSize', 1000),
      })
      .pipe(map((page) => page.items));
  }
}
