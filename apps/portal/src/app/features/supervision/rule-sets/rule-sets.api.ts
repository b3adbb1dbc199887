import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { RuleSetChangeInput, RuleSetInForceInput } from '@attune/contract';
import type { RuleSet } from '@attune/domain';
import { Page } from '../supervision.models';
import { CopyRuleSetInput, RuleSetView } from './rule-sets.models';

@Injectable({ providedIn: 'root' })
export class RuleSetsApi {
  private readonly http = inject(HttpClient);

  list(programmeId: string): Observable<Page<RuleSetView>> {
    return this.http.get<Page<RuleSetView>>(`${base(programmeId)}/rule-sets`);
  }

  copy(programmeId: string, input: CopyRuleSetInput): Observable<RuleSetView> {
    return this.http.post<RuleSetView>(`${base(programmeId)}/rule-sets`, input);
  }

  update(
    programmeId: string,
    code: string,
    version: number,
    definition: RuleSet,
  ): Observable<RuleSetView> {
    return this.http.patch<RuleSetView>(
      `${base(programmeId)}/rule-sets/${encodeURIComponent(code)}`,
      { version, definition } satisfies RuleSetChangeInput,
    );
  }

  setInForce(programmeId: string, code: string): Observable<unknown> {
    return this.http.patch(`${base(programmeId)}/rule-set-in-force`, {
      code,
    } satisfies RuleSetInForceInput);
  }
}

const base = (programmeId: string) => `/api/programmes/${encodeURIComponent(programmeId)}`;
