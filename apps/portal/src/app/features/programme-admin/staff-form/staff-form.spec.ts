import { describe, it, expect, beforeEach } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { StaffForm, type StaffSubmission } from './staff-form';

describe('StaffForm', () => {
  let fixture: ComponentFixture<StaffForm>;
  let sent: StaffSubmission[];
  const el = () => fixture.nativeElement as HTMLElement;
  const field = (name: string) =>
    el().querySelector<HTMLInputElement | HTMLSelectElement>(`[formcontrolname="${name}"]`)!;
  const type = async (name: string, value: string) => {
    const input = field(name);
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    el().querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };

  beforeEach(async () => {
    fixture = TestBed.createComponent(StaffForm);
    fixture.componentRef.setInput('localAuthorities', [
      { code: 'LA1', name: 'One', version: 1 },
      { code: 'LA2', name: 'Two', version: 1 },
    ]);
    sent = [];
    fixture.componentInstance.submitted.subscribe((s) => sent.push(s));
    await fixture.whenStable();
  });

  it('checks the code as you type, and ties the message to the field', async () => {
    expect(el().querySelector('#staff-code-error')).toBeNull();
    await type('code', 'P 1');
    const error = el().querySelector('#staff-code-error')!;
    expect(error.textContent).toContain('Letters, digits, - or _ only');
    expect(field('code').getAttribute('aria-describedby')).toBe('staff-code-error');
    expect(field('code').getAttribute('aria-invalid')).toBe('true');
    await type('code', 'P-LA1-09');
    expect(el().querySelector('#staff-code-error')).toBeNull();
  });

  it('sends a new staff member, provider staff as laCode null', async () => {
    await type('code', 'T-02');
    await type('displayName', '  Terry Trainer ');
    await type('costRole', 'vig_trainer');
    await submit();
    expect(sent).toEqual([
      {
        kind: 'create',
        staff: {
          code: 'T-02',
          displayName: 'Terry Trainer',
          costRole: 'vig_trainer',
          laCode: null,
        },
      },
    ]);
  });

  it('sends nothing while a field is wrong, and says which', async () => {
    await submit();
    expect(sent).toEqual([]);
    expect(el().querySelector('#staff-code-error')!.textContent).toContain('Enter a code.');
    expect(el().querySelector('#staff-name-error')!.textContent).toContain('Enter the name.');
  });

  it("shows the server's problem at its field", async () => {
    fixture.componentRef.setInput('problems', [
      { field: 'laCode', problem: 'LA9 is not a local authority of this programme' },
    ]);
    await fixture.whenStable();
    expect(el().querySelector('#staff-la-error')!.textContent).toContain('LA9 is not a local');
    expect(field('laCode').getAttribute('aria-describedby')).toBe('staff-la-error');
    expect(el().querySelector('#staff-code-error')).toBeNull();
  });

  it('edits the staff member given, with its version, keeping the code', async () => {
    fixture.componentRef.setInput('editing', {
      code: 'P-LA1-03',
      displayName: 'Name',
      costRole: 'social_worker',
      laCode: 'LA1',
      version: 4,
    });
    await fixture.whenStable();
    expect(el().querySelector('[formcontrolname="code"]')).toBeNull();
    await type('laCode', 'LA2');
    await submit();
    expect(sent).toEqual([
      {
        kind: 'update',
        code: 'P-LA1-03',
        change: { version: 4, displayName: 'Name', costRole: 'social_worker', laCode: 'LA2' },
      },
    ]);
  });
});
