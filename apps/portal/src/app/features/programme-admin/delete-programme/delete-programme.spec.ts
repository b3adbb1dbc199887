import { describe, it, expect, beforeEach } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { DeleteProgramme } from './delete-programme';

describe('DeleteProgramme', () => {
  let fixture: ComponentFixture<DeleteProgramme>;
  let sent: number[];
  const el = () => fixture.nativeElement as HTMLElement;
  const button = (text: string) =>
    [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;

  beforeEach(async () => {
    fixture = TestBed.createComponent(DeleteProgramme);
    fixture.componentRef.setInput('name', 'VIG evaluation 2021');
    fixture.componentRef.setInput('version', 7);
    sent = [];
    fixture.componentInstance.confirmed.subscribe((v) => sent.push(v));
    await fixture.whenStable();
  });

  it('deletes only once the admin has typed the programme name', async () => {
    button('Delete programme…').click();
    await fixture.whenStable();
    const dialog = el().querySelector('[role="alertdialog"]')!;
    expect(dialog.getAttribute('aria-labelledby')).toBe('delete-h');
    const confirm = button('Delete this programme');
    expect(confirm.disabled).toBe(true);
    const input = dialog.querySelector('input')!;
    input.value = 'VIG evaluation';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(confirm.disabled).toBe(true);
    confirm.click();
    expect(sent).toEqual([]);
    input.value = 'VIG evaluation 2021';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(button('Delete this programme').disabled).toBe(false);
    button('Delete this programme').click();
    expect(sent).toEqual([7]);
  });

  it('closes on Cancel without deleting, and asks again from an empty name', async () => {
    button('Delete programme…').click();
    await fixture.whenStable();
    const input = el().querySelector('input')!;
    input.value = 'VIG evaluation 2021';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    button('Cancel').click();
    await fixture.whenStable();
    expect(el().querySelector('[role="alertdialog"]')).toBeNull();
    button('Delete programme…').click();
    await fixture.whenStable();
    expect(el().querySelector('input')!.value).toBe('');
    expect(button('Delete this programme').disabled).toBe(true);
    expect(sent).toEqual([]);
  });
});
