import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { NavEntry } from '../../core/nav/nav.model';

/** The main navigation links; which ones is the container's business. */
@Component({
  selector: 'att-nav-list',
  imports: [RouterLink, RouterLinkActive],
  templateUrl: './nav-list.html',
  styleUrl: './nav-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NavList {
  readonly entries = input.required<readonly NavEntry[]>();
}
