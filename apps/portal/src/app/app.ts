import { ChangeDetectionStrategy, Component } from '@angular/core';
import { Shell } from './shell/shell';

@Component({
  selector: 'att-root',
  imports: [Shell],
  template: '<att-shell />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
