import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { UsersPageActions } from '../users.actions';
import { usersFeature } from '../users.feature';
import { NewUser } from '../users.models';
import { UserCreateForm } from '../user-create-form/user-create-form';
import { UsersTable } from '../users-table/users-table';

@Component({
  selector: 'att-users-page',
  imports: [UsersTable, UserCreateForm],
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage implements OnInit {
  private readonly store = inject(Store);
  readonly items = this.store.selectSignal(usersFeature.selectItems);
  readonly total = this.store.selectSignal(usersFeature.selectTotal);
  readonly page = this.store.selectSignal(usersFeature.selectPage);
  readonly pageSize = this.store.selectSignal(usersFeature.selectPageSize);
  readonly loading = this.store.selectSignal(usersFeature.selectLoading);
  readonly loadError = this.store.selectSignal(usersFeature.selectLoadError);
  readonly saving = this.store.selectSignal(usersFeature.selectSaving);
  readonly saveError = this.store.selectSignal(usersFeature.selectSaveError);
  readonly message = this.store.selectSignal(usersFeature.selectMessage);
  readonly created = this.store.selectSignal(usersFeature.selectCreated);

  ngOnInit(): void {
    this.store.dispatch(UsersPageActions.opened());
  }

  changePage(change: { page: number; pageSize: number }): void {
    this.store.dispatch(UsersPageActions.pageChanged(change));
  }

  create(user: NewUser): void {
    this.store.dispatch(UsersPageActions.createSubmitted({ user }));
  }

  disable(user: { id: string; email: string }): void {
    this.store.dispatch(UsersPageActions.disableConfirmed(user));
  }
}
