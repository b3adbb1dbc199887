import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'att-not-found',
  imports: [RouterLink],
  template: `
    <section class="page">
      <h1>Page not found</h1>
      <p>There is no page at this address. <a routerLink="/">Go to the start page</a>.</p>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class NotFound {}
