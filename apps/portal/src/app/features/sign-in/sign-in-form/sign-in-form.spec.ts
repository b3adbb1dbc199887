import { describe, it, expect, beforeEach } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Credentials } from '../../../core/auth/auth.models';
import { SignInForm } from './sign-in-form';

describe('SignInForm', () => {
  let fixture: ComponentFixture<SignInForm>;
  let sent: Credentials[];
  const el = () => fixture.nativeElement as HTMLElement;
  const input = (autocomplete: string) =>
    el().querySelector<HTMLInputElement>(`input[autocomplete="${autocomplete}"]`)!;
  const liveRegion = () => el().querySelector('[aria-live="assertive"]')!;

  function type(target: HTMLInputElement, value: string): void {
    target.value = value;
    target.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    el().querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  beforeEach(async () => {
    fixture = TestBed.createComponent(SignInForm);
    sent = [];
    fixture.componentInstance.submitted.subscribe((credentials) => sent.push(credentials));
    await fixture.whenStable();
  });

  it('labels its fields and lets the browser fill them', () => {
    expect(input('username').type).toBe('email');
    expect(input('current-password').type).toBe('password');
    const labels = [...el().querySelectorAll('mat-label')].map((l) => l.textContent?.trim());
    expect(labels).toEqual(['Email address', 'Password']);
    expect(el().querySelector('button[type="submit"]')?.textContent).toContain('Sign in');
  });

  it('refuses an empty form, says what is missing aloud, and focuses the first field', async () => {
    await submit();
    expect(sent).toEqual([]);
    expect(liveRegion().textContent).toContain('Enter your email address.');
    expect(liveRegion().textContent).toContain('Enter your password.');
    expect(document.activeElement).toBe(input('username'));
    const fieldErrors = [...el().querySelectorAll('mat-error')].map((e) => e.textContent?.trim());
    expect(fieldErrors).toEqual(['Enter your email address.', 'Enter your password.']);
  });

  it('refuses an address that is not an email address', async () => {
    type(input('username'), 'not-an-address');
    type(input('current-password'), 'a long passphrase');
    await submit();
    expect(sent).toEqual([]);
    expect(liveRegion().textContent).toContain('Enter an email address like name@example.org.');
  });

  it('sends the trimmed email and the password as typed', async () => {
    type(input('username'), '  admin@attune.test ');
    type(input('current-password'), ' spaces count ');
    await submit();
    expect(sent).toEqual([{ email: 'admin@attune.test', password: ' spaces count ' }]);
    expect(liveRegion().textContent?.trim()).toBe('');
  });

  it("announces the server's answer", async () => {
    fixture.componentRef.setInput('error', 'The email address or password is not right.');
    await fixture.whenStable();
    expect(liveRegion().textContent).toContain('The email address or password is not right.');
  });

  it('does not send twice while a sign-in is under way', async () => {
    fixture.componentRef.setInput('busy', true);
    type(input('username'), 'admin@attune.test');
    type(input('current-password'), 'a long passphrase');
    await submit();
    expect(sent).toEqual([]);
    expect(el().querySelector('button[type="submit"]')?.textContent).toContain('Signing in…');
  });
});
