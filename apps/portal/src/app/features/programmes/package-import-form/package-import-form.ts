import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

/** Choose a data package (.zip) and ask for it to be imported. */
@Component({
  selector: 'att-package-import-form',
  imports: [MatButtonModule],
  templateUrl: './package-import-form.html',
  styleUrl: './package-import-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PackageImportForm {
  /** An import is on its way. */
  readonly busy = input(false);
  readonly submitted = output<File>();

  readonly file = signal<File | null>(null);
  readonly error = signal<string | null>(null);

  choose(event: Event): void {
    const files = (event.target as HTMLInputElement).files;
    this.file.set(files && files.length > 0 ? files[0]! : null);
    this.error.set(null);
  }

  submit(event: Event): void {
    event.preventDefault();
    if (this.busy()) return;
    const file = this.file();
    if (!file) {
      this.error.set('Choose the package (.zip) to import.');
      return;
    }
    if (!file.name.toLowerCase().endsWith('.zip')) {
      this.error.set(`${file.name} is not a .zip file: the package is a .zip of its CSV files.`);
      return;
    }
    this.error.set(null);
    this.submitted.emit(file);
  }
}
