import { describe, it, expect, beforeEach } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { LocalAuthorityForm, type LocalAuthoritySubmission } from './local-authority-form';

describe('LocalAuthorityForm', () => {
  let fixture: ComponentFixture<LocalAuthorityForm>;
  let sent: LocalAuthoritySubmission[];
  const el = () => fixture.nativeElement as HTMLElement;
  const type = async (name: string, value: string) => {
    const input = el().querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    el().querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };

  beforeEach(async () => {
    fixture = TestBed.createComponent(LocalAuthorityForm);
    sent = [];
    fixture.componentInstance.submitted.subscribe((s) => sent.push(s));
    await fixture.whenStable();
  });

  it('checks the code as you type and sends a new LA', async () => {
    await type('code', 'LA 3');
    expect(el().querySelector('#la-code-error')!.textContent).toContain('Letters, digits');
    await type('code', 'LA3');
    expect(el().querySelector('#la-code-error')).toBeNull();
    await type('name', ' Council three ');
    await submit();
    expect(sent).toEqual([{ kind: 'create', la: { code: 'LA3', name: 'Council three' } }]);
  });

  it("shows the server's problem at the code", async () => {
    fixture.componentRef.setInput('problems', [
      { field: 'code', problem: 'this programme already has an LA LA3' },
    ]);
    await fixture.whenStable();
    expect(el().querySelector('#la-code-error')!.textContent).toContain('already has an LA');
    expect(el().querySelector('[formcontrolname="code"]')!.getAttribute('aria-describedby')).toBe(
      'la-code-error',
    );
  });

  it('renames the LA given, with the version read', async () => {
    fixture.componentRef.setInput('editing', { code: 'LA1', name: 'One', version: 2 });
    await fixture.whenStable();
    await type('name', 'One, renamed');
    await submit();
    expect(sent).toEqual([
      { kind: 'update', code: 'LA1', change: { version: 2, name: 'One, renamed' } },
    ]);
  });
});
