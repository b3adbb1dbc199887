import { createActionGroup, emptyProps, props } from '@ngrx/store';
import {
  FieldProblem,
  PriceIndexView,
  PriceList,
  PricePreview,
  PriceWrite,
  ResourceView,
  UnitCostView,
} from './prices.models';

export const PricesPageActions = createActionGroup({
  source: 'Prices Page',
  events: {
    /** A page of the prices opened (`/p/:programmeId/unit-costs`, …). */
    Opened: props<{ programmeId: string; list: PriceList }>(),
    /** The form holds a valid change: what would it do to the total? */
    'Preview Requested': props<{ programmeId: string; write: PriceWrite }>(),
    /** The form was closed or is no longer valid: drop the preview. */
    'Preview Cleared': emptyProps(),
    'Save Requested': props<{ programmeId: string; write: PriceWrite }>(),
  },
});

export const PricesApiActions = createActionGroup({
  source: 'Prices API',
  events: {
    'Unit Costs Loaded': props<{ programmeId: string; items: UnitCostView[] }>(),
    'Price Index Loaded': props<{ programmeId: string; items: PriceIndexView[] }>(),
    'Resources Loaded': props<{ programmeId: string; items: ResourceView[] }>(),
    'Load Failed': props<{ programmeId: string; error: string }>(),
    'Preview Loaded': props<{ preview: PricePreview }>(),
    'Preview Failed': props<{ error: string; problems: FieldProblem[] }>(),
    'Save Succeeded': props<{ programmeId: string; list: PriceList; message: string }>(),
    'Save Failed': props<{ error: string; problems: FieldProblem[] }>(),
  },
});
