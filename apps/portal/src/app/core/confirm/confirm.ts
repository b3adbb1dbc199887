import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { Observable, map } from 'rxjs';
import { ConfirmData, ConfirmDialog } from './confirm-dialog/confirm-dialog';

/** Opens the confirmation dialog; answers true only when the person chose to go ahead. */
@Injectable({ providedIn: 'root' })
export class Confirm {
  private readonly dialog = inject(MatDialog);

  ask(data: ConfirmData): Observable<boolean> {
    return this.dialog
      .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
        data,
        role: 'alertdialog',
        ariaLabelledBy: 'confirm-title',
        ariaDescribedBy: 'confirm-message',
        restoreFocus: true,
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .pipe(map((answer) => answer === true));
  }
}
