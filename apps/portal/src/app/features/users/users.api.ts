import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { UserChangeInput } from '@attune/contract';
import { NewUser, UserPage, UserSummary } from './users.models';

@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  /** `page` counts from 1, as the API's list endpoints do. */
  list(page: number, pageSize: number): Observable<UserPage> {
    const params = new HttpParams().set('page', page).set('pageSize', pageSize);
    return this.http.get<UserPage>('/api/users', { params });
  }

  create(user: NewUser): Observable<UserSummary> {
    return this.http.post<UserSummary>('/api/users', user);
  }

  disable(id: string): Observable<UserSummary> {
    return this.http.patch<UserSummary>(`/api/users/${encodeURIComponent(id)}`, {
      disabled: true,
    } satisfies UserChangeInput);
  }
}
