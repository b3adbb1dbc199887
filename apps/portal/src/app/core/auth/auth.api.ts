import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { Credentials, CurrentUser } from './auth.models';

/** DESIGN.md, "Interfaces": /api/auth/login, /logout, /me. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  login(credentials: Credentials): Observable<unknown> {
    return this.http.post('/api/auth/login', credentials);
  }

  me(): Observable<CurrentUser> {
    return this.http.get<CurrentUser>('/api/auth/me');
  }

  logout(): Observable<unknown> {
    return this.http.post('/api/auth/logout', {});
  }
}
