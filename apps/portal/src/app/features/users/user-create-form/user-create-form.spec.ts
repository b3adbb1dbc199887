import { describe, it, expect, beforeEach } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { NewUser } from '../users.models';
import { UserCreateForm } from './user-create-form';

describe('UserCreateForm', () => {
  let fixture: ComponentFixture<UserCreateForm>;
  let form: UserCreateForm;
  let sent: NewUser[];

  beforeEach(async () => {
    fixture = TestBed.createComponent(UserCreateForm);
    form = fixture.componentInstance;
    sent = [];
    form.submitted.subscribe((user) => sent.push(user));
    await fixture.whenStable();
  });

  const submit = async () => {
    (fixture.nativeElement as HTMLElement)
      .querySelector('form')!
      .dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  const errors = () =>
    [...(fixture.nativeElement as HTMLElement).querySelectorAll('mat-error')].map((e) =>
      e.textContent?.trim(),
    );

  it('refuses a password the domain rules refuse, saying why', async () => {
    form.form.setValue({
      email: 'new@attune.test',
      password: 'short',
      role: 'economist',
      laCode: '',
      staffCode: '',
    });
    await submit();
    expect(sent).toEqual([]);
    expect(errors().join(' ')).toMatch(/12/);
  });

  it('asks an LA manager for a local authority, and sends it', async () => {
    form.form.setValue({
      email: 'm@la2.test',
      password: 'four unrelated words here',
      role: 'la_manager',
      laCode: '',
      staffCode: '',
    });
    await submit();
    expect(sent).toEqual([]);
    expect(errors()).toContain("Enter the local authority's code.");
    form.form.controls.laCode.setValue(' LA2 ');
    await submit();
    expect(sent).toEqual([
      {
        email: 'm@la2.test',
        password: 'four unrelated words here',
        role: 'la_manager',
        laCode: 'LA2',
      },
    ]);
  });

  it('asks a practitioner for their LA and staff code, as the server requires, and sends both', async () => {
    form.form.setValue({
      email: 'p@attune.test',
      password: 'four unrelated words here',
      role: 'practitioner',
      laCode: '',
      staffCode: '',
    });
    await submit();
    expect(sent).toEqual([]);
    expect(errors()).toEqual([
      "Enter the local authority's code.",
      "Enter the person's staff code.",
    ]);
    form.form.patchValue({ laCode: 'LA1', staffCode: 'P-LA1-01' });
    await submit();
    expect(sent).toEqual([
      {
        email: 'p@attune.test',
        password: 'four unrelated words here',
        role: 'practitioner',
        laCode: 'LA1',
        staffCode: 'P-LA1-01',
      },
    ]);
  });

  it('sends a supervisor nothing about an LA (provider staff work across LAs)', async () => {
    form.form.setValue({
      email: 's@attune.test',
      password: 'four unrelated words here',
      role: 'supervisor',
      laCode: 'LA9',
      staffCode: 'S-03',
    });
    await submit();
    expect(sent).toEqual([
      {
        email: 's@attune.test',
        password: 'four unrelated words here',
        role: 'supervisor',
        staffCode: 'S-03',
      },
    ]);
  });

  it('clears itself once the account was created', async () => {
    form.form.patchValue({ email: 'x@attune.test', password: 'four unrelated words here' });
    fixture.componentRef.setInput('created', 1);
    await fixture.whenStable();
    expect(form.form.getRawValue().email).toBe('');
    expect(errors()).toEqual([]);
  });
});
