import { HttpClient, HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ImportSuccess, ProgrammePage } from './programmes.models';

/** Provided by the programmes route, whose HttpClient reports upload progress (xhr-http-client.ts). */
@Injectable()
export class ProgrammesApi {
  private readonly http = inject(HttpClient);

  list(page: number, pageSize: number): Observable<ProgrammePage> {
    return this.http.get<ProgrammePage>('/api/programmes', { params: { page, pageSize } });
  }

  /** Every event of the upload: progress while the file goes up, then the answer. */
  upload(file: File): Observable<HttpEvent<ImportSuccess>> {
    const body = new FormData();
    body.append('package', file, file.name);
    return this.http.post<ImportSuccess>('/api/programmes/import', body, {
      reportProgress: true,
      observe: 'events',
    });
  }
}
