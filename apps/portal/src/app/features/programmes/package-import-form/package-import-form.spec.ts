import { describe, it, expect, beforeEach } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PackageImportForm } from './package-import-form';

describe('PackageImportForm', () => {
  let fixture: ComponentFixture<PackageImportForm>;
  let submitted: File[];
  const el = () => fixture.nativeElement as HTMLElement;

  function choose(file: File): void {
    const input = el().querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
  }

  async function submit(): Promise<void> {
    (el().querySelector('button[type=submit]') as HTMLButtonElement).click();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    fixture = TestBed.createComponent(PackageImportForm);
    submitted = [];
    fixture.componentInstance.submitted.subscribe((f) => submitted.push(f));
    await fixture.whenStable();
  });

  it('has a labelled file input for .zip files', () => {
    const input = el().querySelector('input[type=file]')!;
    expect(el().querySelector(`label[for="${input.id}"]`)?.textContent).toContain('Data package');
    expect(input.getAttribute('accept')).toContain('.zip');
  });

  it('asks for a file, refuses one that is not a .zip, and sends a .zip', async () => {
    await submit();
    expect(el().querySelector('#package-error')?.textContent).toContain('Choose the package');
    choose(new File(['a,b'], 'families.csv'));
    await submit();
    expect(el().querySelector('#package-error')?.textContent).toContain(
      'families.csv is not a .zip',
    );
    expect(submitted).toEqual([]);
    const zip = new File(['PK'], 'Demo.ZIP');
    choose(zip);
    await submit();
    expect(submitted).toEqual([zip]);
  });

  it('sends nothing while an import is on its way', () => {
    fixture.componentRef.setInput('busy', true);
    choose(new File(['PK'], 'demo.zip'));
    fixture.componentInstance.submit(new Event('submit'));
    expect(submitted).toEqual([]);
  });
});
